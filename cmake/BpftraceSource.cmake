# SPDX-License-Identifier: Apache-2.0
# Obtains the bpftrace 0.17.0 source the way a packager does and applies
# patches/series onto it with patch -p1, in order, at configure time.
#
#   BPFTRACE_SOURCE_DIR      a pristine bpftrace-0.17.0 tree to copy instead
#   BPFTRACE_SOURCE_TARBALL  a bpftrace 0.17.0 tarball to use instead
#   (default)                Debian's source package, `apt-get source`
#
# The tarball (Debian's orig tarball, or the one named) must match the
# pinned sha256 unless BPFTRACE_SOURCE_SHA256 is set to the user's own.
# Sets BPFTRACE_PATCHED_DIR.

set(BPFTRACE_DEBIAN_VERSION "0.17.0-1")
set(BPFTRACE_ORIG_TARBALL "bpftrace_0.17.0.orig.tar.gz")
set(BPFTRACE_ORIG_SHA256
    "ccc853205b081fd7e4270016065ccc04764286644bf8e0eee9bd7f344cad63e5")

set(BPFTRACE_SOURCE_DIR "" CACHE PATH
    "Pristine bpftrace 0.17.0 source tree (default: Debian's source package)")
set(BPFTRACE_SOURCE_TARBALL "" CACHE FILEPATH
    "bpftrace 0.17.0 source tarball (default: Debian's orig tarball)")
set(BPFTRACE_SOURCE_SHA256 "${BPFTRACE_ORIG_SHA256}" CACHE STRING
    "Expected sha256 of the source tarball")

set(_patches_dir "${PROJECT_SOURCE_DIR}/patches")
set(_source_cache "${CMAKE_BINARY_DIR}/bpftrace-orig")
set(BPFTRACE_PATCHED_DIR "${CMAKE_BINARY_DIR}/bpftrace-src")

file(STRINGS "${_patches_dir}/series" _series REGEX "^[^#]")
set(_patch_files "")
foreach(_p ${_series})
  string(STRIP "${_p}" _p)
  if(NOT _p STREQUAL "")
    list(APPEND _patch_files "${_patches_dir}/${_p}")
  endif()
endforeach()
# Editing the series or a patch re-runs this script.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${_patches_dir}/series" ${_patch_files})

# 1. The pristine source: a tarball whose sha256 is checked, or a tree.
set(_tarball "")
if(BPFTRACE_SOURCE_DIR)
  if(NOT EXISTS "${BPFTRACE_SOURCE_DIR}/src/main.cpp")
    message(FATAL_ERROR "BPFTRACE_SOURCE_DIR=${BPFTRACE_SOURCE_DIR} is not a "
                        "bpftrace source tree (no src/main.cpp)")
  endif()
  set(_origin "tree ${BPFTRACE_SOURCE_DIR}")
else()
  if(BPFTRACE_SOURCE_TARBALL)
    set(_tarball "${BPFTRACE_SOURCE_TARBALL}")
  else()
    set(_tarball "${_source_cache}/${BPFTRACE_ORIG_TARBALL}")
    if(NOT EXISTS "${_tarball}")
      message(STATUS "Fetching Debian's bpftrace ${BPFTRACE_DEBIAN_VERSION} "
                     "source package (apt-get source)")
      file(MAKE_DIRECTORY "${_source_cache}")
      execute_process(
        COMMAND apt-get source --download-only
                "bpftrace=${BPFTRACE_DEBIAN_VERSION}"
        WORKING_DIRECTORY "${_source_cache}"
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
      if(NOT _rc EQUAL 0 OR NOT EXISTS "${_tarball}")
        message(FATAL_ERROR
          "apt-get source bpftrace=${BPFTRACE_DEBIAN_VERSION} failed:\n${_err}\n"
          "Run scripts/setup.sh first (it enables deb-src and runs apt-get "
          "update), or name a source with -DBPFTRACE_SOURCE_TARBALL=FILE or "
          "-DBPFTRACE_SOURCE_DIR=DIR.")
      endif()
    endif()
  endif()
  if(NOT EXISTS "${_tarball}")
    message(FATAL_ERROR "BPFTRACE_SOURCE_TARBALL=${_tarball} does not exist")
  endif()
  file(SHA256 "${_tarball}" _sha)
  if(NOT _sha STREQUAL BPFTRACE_SOURCE_SHA256)
    message(FATAL_ERROR
      "${_tarball} has sha256 ${_sha}, expected ${BPFTRACE_SOURCE_SHA256}.\n"
      "It is not the bpftrace 0.17.0 source this patch series was made for. "
      "If it is your own tarball of it, set -DBPFTRACE_SOURCE_SHA256=${_sha}.")
  endif()
  set(_origin "${_tarball} (sha256 ${_sha})")
endif()

# 2. Extract and patch, unless the same source and series already are.
set(_stamp_text "${_origin}\n")
foreach(_f ${_patch_files})
  if(NOT EXISTS "${_f}")
    message(FATAL_ERROR "patches/series names ${_f}, which does not exist")
  endif()
  file(SHA256 "${_f}" _h)
  string(APPEND _stamp_text "${_f} ${_h}\n")
endforeach()
set(_stamp "${BPFTRACE_PATCHED_DIR}/.bpftrace-english-patched")
set(_old_stamp "")
if(EXISTS "${_stamp}")
  file(READ "${_stamp}" _old_stamp)
endif()

if(NOT _old_stamp STREQUAL _stamp_text)
  message(STATUS "Preparing patched bpftrace source in ${BPFTRACE_PATCHED_DIR}")
  file(REMOVE_RECURSE "${BPFTRACE_PATCHED_DIR}")
  if(BPFTRACE_SOURCE_DIR)
    file(COPY "${BPFTRACE_SOURCE_DIR}/" DESTINATION "${BPFTRACE_PATCHED_DIR}"
         PATTERN ".git" EXCLUDE)
  else()
    set(_unpack "${CMAKE_BINARY_DIR}/bpftrace-unpack")
    file(REMOVE_RECURSE "${_unpack}")
    file(MAKE_DIRECTORY "${_unpack}")
    execute_process(COMMAND ${CMAKE_COMMAND} -E tar xzf "${_tarball}"
                    WORKING_DIRECTORY "${_unpack}" RESULT_VARIABLE _rc)
    file(GLOB _top LIST_DIRECTORIES true "${_unpack}/*")
    list(LENGTH _top _ntop)
    if(NOT _rc EQUAL 0 OR NOT _ntop EQUAL 1)
      message(FATAL_ERROR "could not unpack ${_tarball}")
    endif()
    file(RENAME "${_top}" "${BPFTRACE_PATCHED_DIR}")
    file(REMOVE_RECURSE "${_unpack}")
  endif()

  find_program(PATCH_EXECUTABLE patch REQUIRED)
  foreach(_f ${_patch_files})
    get_filename_component(_name "${_f}" NAME)
    execute_process(
      COMMAND "${PATCH_EXECUTABLE}" -p1 --batch --forward --fuzz=0 -i "${_f}"
      WORKING_DIRECTORY "${BPFTRACE_PATCHED_DIR}"
      RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "patch ${_name} does not apply to the bpftrace "
                          "source (${_origin}):\n${_out}")
    endif()
    message(STATUS "  applied ${_name}")
  endforeach()
  file(WRITE "${_stamp}" "${_stamp_text}")
endif()
