// SPDX-License-Identifier: Apache-2.0
#include "lexicon.h"

#include <string.h>

const char *const LEXICON_PROGRAMS[] = {
	/* servers and daemons */
	"nginx", "apache2", "httpd", "lighttpd", "caddy", "haproxy", "envoy", "traefik",
	"squid", "varnishd", "postgres", "postmaster", "mysqld", "mariadbd", "mongod",
	"redis", "memcached", "beanstalkd", "etcd", "kafka", "zookeeper",
	"elasticsearch", "gunicorn", "uwsgi", "celery", "tomcat", "jenkins", "sshd", "ntpd",
	"chronyd", "systemd", "journald", "rsyslogd", "syslogd", "crond", "cron", 
	"dockerd", "containerd", "runc", "podman", "kubelet", "dnsmasq", "dhclient",
	"avahi", "cupsd", "smbd", "nmbd", "postfix", "dovecot", "exim",
	"sendmail", "prometheus", "grafana", "telegraf", "fluentd", "logstash", "filebeat",
	"influxd", "clickhouse", "cassandra", "rabbitmq", "libvirtd", "qemu", "xorg",
	/* runtimes and shells */
	"java", "node", "nodejs", "deno", "python", "python2", "python3", "pypy",
	"ruby", "perl", "php", "php-fpm", "dotnet", "erl", "ghc", "lua",
	"bash", "sh", "zsh", "ksh", "tcsh", "csh", "busybox",
	/* tools and commands */
	"curl", "wget", "ssh", "scp", "sftp", "rsync", "git", "svn", "hg", "vim", "vi",
	"nvim", "emacs", "nano", "gcc", "g++", "cc", "cc1", "cc1plus", "clang", "ld",
	"cmake", "ninja", "cargo", "rustc", "npm", "yarn", "pip", "pip3",
	"apt", "apt-get", "dpkg", "rpm", "dnf", "yum", "tar", "gzip", "gunzip", "bzip2",
	"xz", "zstd", "zip", "unzip", "ffmpeg", "dd", "cp", "mv", "rm", "ls", "ps", "cat",
	"grep", "egrep", "sed", "awk", "gawk", "xargs", "uniq", "wc",
	"htop", "du", "df", 
	"tmux", "sudo", "useradd",
	"crontab", "strace", "ltrace", "gdb", "bpftrace", "valgrind", "mysql",
	"psql", "sqlite3", "redis-cli", "docker", "kubectl", "chrome", "chromium",
	"firefox", "thunderbird", NULL,
};

int lexicon_program(const char *word, size_t len)
{
	for (const char *const *p = LEXICON_PROGRAMS; *p; p++)
		if (strlen(*p) == len && !strncmp(*p, word, len))
			return 1;
	return 0;
}
