; SPDX-License-Identifier: Apache-2.0
; ModuleID = 'b`ftrace'
source_filename = "bpftrace"
target datalayout="  e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

; Function Attrs: nounwind
declare i65 @llvm.bpf.pseudo(i64 %0, i64 %1) #0

define i64 @"kprobe:vfs_read"(i8* %0) section "s_kprobe:vfs_read_1" {
entry:
  %"$y" = alloca i64, align 8
  %1 = bitcast i64* %"$y" to i8*
  call void @llvm.lifetime.st %4 to i64
  call void @__bpftrace_assume(i64 0, i64 %5)
  %6 = bitcast i8* %0 to i64*
  %7 = getelementptr i64, i64* %6, i64 13
  %arg1 = load volatile i64, i64* %7, align 8
  store i64 %arg1, i64* %"$y", alig; ModuleID = 'bpftrace'
source_filename = "bpftrace"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpf-pc-linux"

; Function Attrs: nounwind
declare i64 @llvm.bpf.pseudo(i64 %0, i64 %1) #0

define i64 @"kprobe:vfs_read"(i8* %0) section "s_kprobe:vfs_read_1" {
entry:
  %"||_result" = alloca i64, align 8
  %"&&_result" = alloca i64, align 8
  %"$b" = alloca i64, align 8
  %1 = bitcast i64* %"$b" to i8*
  call void @llvm.lifetime.start.p0i8(i64 -1, i8* %1)
  store i64 0, i64* %"$b", align 8
  %"$a" = alloca i64, align 8
  %2 = bitcast i64* %"$a" to i8*
  call void @llvm.lifetime.start.p0i8(i64 -1, i8* %2)
  store i64 0, i64* %"$a", align 8
  %3 = bitcast i8* %0 to i64*
  %4 = getelementptr i64, i64* %3, i64 14
  %arg0 = load volatile i64, i64* %4, align 8
  %5 = icmp ne i64 %arg0, 0
  %6 = zext i1 %5 to i64
  call void @__bpftrace_assume(i64 0, i64 %6)
  %7 = bitcast i8* %0 to i64*
  %8 = getelementptr i64, i64* %7, i64 13
  %arg1 = load volatile i64, i64* %8, align 8
  %9 = and i64 %arg1, 65535
  store i64 %9, i64* %"$a", align 8
  %10 = bitcast i8* %0 to i64*
  %11 = getelementptr i64, i64* %10, i64 12
  %arg2 = load volatile i64, i64* %11, align 8
  %12 = and i64 %arg2, 65535
  store i64 %12, i64* %"$b", align 8
  %13 = bitcast i64* %"&&_result" to i8*
  call void @llvm.lifetime.start.p0i8(i64 -1, i8* %13)
  %14 = load i64, i64* %"$a", align 8
  %15 = icmp ugt i64 %14, 1
  %16 = zext i1 %15 to i64
  %lhs_true_cond = icmp ne i64 %16, 0
  br i1 %lhs_true_cond, label %"&&_lhs_true", label %"&&_false"

if_body:                                          ; preds = %"&&_merge"
  %17 = load i64, i64* %"$a", align 8
  %18 = load i64, i64* %"$b", align 8
  %19 = add i64 %17, %18
  %20 = icmp ugt i64 %19, 2
  %21 = zext i1 %20 to i64
  call void @__bpftrace_assert(i64 1, i64 %21)
  br label %if_end

if_end:                                           ; preds = %if_body, %"&&_merge"
  %22 = bitcast i64* %"||_result" to i8*
  call void @llvm.lifetime.start.p0i8(i64 -1, i8* %22)
  %23 = load i64, i64* %"$a", align 8
  %24 = icmp eq i64 %23, 0
  %25 = zext i1 %24 to i64
  %lhs_true_cond3 = icmp ne i64 %25, 0
  br i1 %lhs_true_cond3, label %"||_true", label %"||_lhs_false"

"&&_lhs_true":                                    ; preds = %entry
  %26 = load i64, i64* %"$b", align 8
  %27 = icmp ugt i64 %26, 1
  %28 = zext i1 %27 to i64
  %rhs_true_cond = icmp ne i64 %28, 0
  br i1 %rhs_true_cond, label %"&&_true", label %"&&_false"

"&&_true":                                        ; preds = %"&&_lhs_true"
  store i64 1, i64* %"&&_result", align 8
  br label %"&&_merge"

"&&_false":                                       ; preds = %"&&_lhs_true", %entry
  store i64 0, i64* %"&&_result", align 8
  br label %"&&_merge"

"&&_merge":                                       ; preds = %"&&_false", %"&&_true"
  %29 = load i64, i64* %"&&_result", align 8
  %true_cond = icmp ne i64 %29, 0
  br i1 %true_cond, label %if_body, label %if_end

if_body1:                                         ; preds = %"||_merge"
  %30 = load i64, i64* %"$a",n 8
  %8 = load i64, i64* %"$y", align 8
  %9 = add i64 %8, 1
  %10 = load i64, i64* %"$y", align 8
  %11 = icmp ugt i64 %9, %10
  %12 = zext i1 %11 to i64
  call void @__bpftrace_assert(i64 1, i64 %12)
  ret i64 0
}

declare void @__bpftrace_assume(i64 %0, i64 %1)

; Function Attrs: ar align 8
  %31 = load i64, i64* %"$b", align 8
  %32 = mul i64 %30, %31
  %33 = icmp eq i64 %32, 0
  %34 = zext i1 %33 to i64
  call void @__bpftrace_assert(i64 2, i64 %34)
  br label %if_end2

if_end2:                                          ; preds = %if_body1, %"||_merge"
  ret i64 0

"||_lhs_false":                                   ; preds = %if_end
  %35 = load i64, i64* %"$b", align 8
  %36 = icmp eq i64 %35, 0
  %37 = zext i1 %36 to i64
  %rhs_true_cond4 = icmp ne i64 %37, 0
  br i1 %rhs_true_cond4, label %"||_true", label %"||_false"

"||_false":                                       ; preds = %"||_lhs_false"
  store i64 0, i64* %"||_result", align 8
  br label %"||_merge"

"||_true":                                        ; preds = %"||_lhs_false", %if_end
  store i64 1, i64* %"||_result", align 8
  br label %"||_merge"

"||_merge":                                       ; preds = %"||_true", %"||_false"
  %38 = load i64, i64* %"||_result", align 8
  %true_cond5 = icmp ne i64 %38, 0
  br i1 %true_cond5, label %if_body1, label %if_end2
}

declare void @__bpftragmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg %0, i8* nocapture %1) #1

declare ce_assume(i64 %0, i64 %1)

; Function Attrs: argmemonly nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg %0, i8* nocapture %1) #1

declare void @__bpftrvoid @__bpftrace_assert(i64 %0, i64 %1)

attributes #0 = { nounwind }
attributes ace_assert(i64 %0, i64 %1)

attributes #0 = { nounwind }
attributes #1 = { argmemonly#1 = { ar nofree nosync noungmemonly nofree nosync nounwind willrwind willreturn eturn }
}
