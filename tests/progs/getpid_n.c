/* SPDX-License-Identifier: Apache-2.0 */
/* Calls getpid() N times (default 1): a workload for getpid tracepoints. */
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
	for (long i = 0; i < n; i++)
		syscall(SYS_getpid);
	return 0;
}
