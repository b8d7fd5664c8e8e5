/* SPDX-License-Identifier: Apache-2.0 */
/* A process that makes its own system calls return what no kernel
 * convention allows, as any process may (tests/contracts/seccomp.sh):
 *
 *   seccomp_ret errno [FILE]   getpid() returns -EPERM (SECCOMP_RET_ERRNO)
 *   seccomp_ret notify [FILE]  close() returns 5000000000, then -100000: a
 *                              thread's filter sends close to a supervisor
 *                              (SECCOMP_RET_USER_NOTIF), the main thread,
 *                              which answers with those values
 *
 * What the calls returned is written to FILE (standard output without
 * one: under bpftrace -c it would interleave with bpftrace's own lines).
 * Exits 0 when the calls returned what was substituted. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static int report_fd = STDOUT_FILENO;

/* One line in one write: bpftrace may stop this process once it has seen
 * the violation, and what it wrote must be out by then. */
static void report(const char *fmt, long a, long b)
{
	char line[128];
	int n = snprintf(line, sizeof(line), fmt, a, b);
	if (n > 0 && write(report_fd, line, (size_t)n) != n)
		perror("seccomp_ret: report");
}

static int install(int nr, unsigned action, unsigned flags)
{
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned)nr, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, action),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(code) / sizeof(code[0]), .filter = code };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &prog);
}

static const long answers[] = { 5000000000L, -100000L };
static long got[2];
static int listener = -1;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ready = PTHREAD_COND_INITIALIZER;

static void *closer(void *arg)
{
	(void)arg;
	int fd = install(SYS_close, SECCOMP_RET_USER_NOTIF, SECCOMP_FILTER_FLAG_NEW_LISTENER);
	pthread_mutex_lock(&lock);
	listener = fd < 0 ? -2 : fd;
	pthread_cond_signal(&ready);
	pthread_mutex_unlock(&lock);
	if (fd < 0)
		return NULL;
	for (int i = 0; i < 2; i++)
		got[i] = syscall(SYS_close, 1000 + i);
	return NULL;
}

static int notify(void)
{
	pthread_t t;
	if (pthread_create(&t, NULL, closer, NULL))
		return 1;
	pthread_mutex_lock(&lock);
	while (listener == -1)
		pthread_cond_wait(&ready, &lock);
	pthread_mutex_unlock(&lock);
	if (listener < 0) {
		perror("seccomp_ret: seccomp(NEW_LISTENER)");
		return 1;
	}
	for (int i = 0; i < 2; i++) {
		struct seccomp_notif req;
		struct seccomp_notif_resp resp;
		memset(&req, 0, sizeof(req));
		if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &req)) {
			perror("seccomp_ret: NOTIF_RECV");
			return 1;
		}
		memset(&resp, 0, sizeof(resp));
		resp.id = req.id;
		resp.val = answers[i];
		if (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp)) {
			perror("seccomp_ret: NOTIF_SEND");
			return 1;
		}
	}
	pthread_join(t, NULL);
	report("close returned %ld and %ld\n", got[0], got[1]);
	return got[0] == answers[0] && got[1] == answers[1] ? 0 : 1;
}

/* bpftrace reads the events of the calls above while this process still
 * runs: give it that time before exiting. */
static int linger(int status)
{
	usleep(300000);
	return status;
}

int main(int argc, char **argv)
{
	if (argc == 3) {
		report_fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (report_fd < 0) {
			perror(argv[2]);
			return 2;
		}
	}
	if ((argc == 2 || argc == 3) && !strcmp(argv[1], "errno")) {
		if (install(SYS_getpid, SECCOMP_RET_ERRNO | EPERM, 0)) {
			perror("seccomp_ret: seccomp");
			return 1;
		}
		long r = syscall(SYS_getpid);
		report("getpid returned %ld\n", r, 0L);
		return linger(r == -1 && errno == EPERM ? 0 : 1);
	}
	if ((argc == 2 || argc == 3) && !strcmp(argv[1], "notify"))
		return linger(notify());
	fprintf(stderr, "usage: seccomp_ret errno|notify [FILE]\n");
	return 2;
}
