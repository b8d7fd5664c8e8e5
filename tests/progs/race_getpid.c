/* SPDX-License-Identifier: Apache-2.0 */
/* Two processes, one per CPU, for MS milliseconds (default 3000): the
 * child calls getpid() and the parent getppid() as fast as they can. A
 * workload for a race between a probe on each (tests/verifier/truth). */
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int main(int argc, char **argv)
{
	double ms = argc > 1 ? strtod(argv[1], NULL) : 3000;
	double end = now_ms() + ms;
	pid_t child = fork();
	long nr = child == 0 ? SYS_getpid : SYS_getppid;
	while (now_ms() < end)
		for (int i = 0; i < 1000; i++)
			syscall(nr);
	if (child > 0)
		waitpid(child, NULL, 0);
	return 0;
}
