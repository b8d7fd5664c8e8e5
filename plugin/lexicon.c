// SPDX-License-Identifier: Apache-2.0
#include "lexicon.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

const char *const LEXICON_PROGRAMS[] = {
	/* servers and daemons */
	"nginx", "apache2", "httpd", "lighttpd", "caddy", "haproxy", "envoy", "traefik",
	"squid", "varnishd", "postgres", "postmaster", "mysqld", "mariadbd", "mongod",
	"redis", "redis-server", "memcached", "beanstalkd", "etcd", "kafka", "zookeeper",
	"elasticsearch", "gunicorn", "uwsgi", "celery", "tomcat", "jenkins", "sshd", "ntpd",
	"chronyd", "systemd", "systemd-journal", "systemd-udevd", "systemd-logind",
	"systemd-resolve", "dbus-daemon", "journald", "rsyslogd", "syslogd", "crond", "cron",
	"dockerd", "containerd", "runc", "podman", "kubelet", "dnsmasq", "dhclient",
	"avahi", "cupsd", "smbd", "nmbd", "postfix", "dovecot", "exim",
	"sendmail", "prometheus", "grafana", "telegraf", "fluentd", "logstash", "filebeat",
	"influxd", "clickhouse", "cassandra", "rabbitmq", "libvirtd", "qemu", "xorg",
	"asterisk", "freeswitch", "pipewire", "pulseaudio", "wireplumber", "jackd", "mpd",
	"openvpn", "keepalived", "corosync", "hostapd", "bluetoothd", "wpa_supplicant",
	"snapd", "opendkim", "spamd", "clamd", "collectd", "statsd", "consul", "nomad",
	"minio", "rclone", "restic", "kodi", "vlc", "mpv", "gimp", "inkscape",
	/* ... whose processes have the program's name (comm, 15 bytes at most) */
	"coredns", "pdns_server", "knotd", "nsd", "tailscaled", "zerotier-one", "bgpd",
	"conntrackd", "mosquitto", "nats-server", "procd", "netifd", "odhcpd", "uhttpd",
	"dropbear", "ubusd", "odhcp6c", "udhcpc", "rpcd", "containerd-shim", "crio", "conmon",
	"buildkitd", "kube-apiserver", "kube-proxy", "kube-scheduler", "flanneld",
	"cilium-agent", "linkerd2-proxy", "slurmd", "slurmctld", "slurmstepd",
	"gitlab-runner", "buildkite-agent", "pgbouncer", "pgpool", "mongos", "irqbalance",
	"thermald", "upowerd", "polkitd", "udisksd", "gnome-shell", "plasmashell",
	"fail2ban-server", "auditd", "sssd", "winbindd", "nslcd", "krb5kdc", "slapd", "privoxy",
	"syncthing", "node_exporter", "alertmanager", "promtail",
	"metricbeat", "osqueryd", "falco", "tetragon", "rspamd", "freshclam", "mosh-server",
	"ptp4l", "phc2sys", "gpsd", "smartd", "lldpd", "snmpd", "pacemakerd", "i2pd",
	"gpg-agent", "ssh-agent", "pipewire-pulse", "rpcbind", "rpc.mountd", "ypbind",
	"multipathd", "iscsid", "tgtd", "radosgw",
	"stunnel4", "tinyproxy", "darkhttpd", "thttpd", "consul-template", "step-ca",
	"hypercorn", "uvicorn",
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
	"socat", "iperf3", "tcpdump", "nmap", "autossh", "openconnect", "vpnc", "openssl",
	"certbot", "smbclient", "mdadm", "e2fsck", "xfs_repair", "zpool", "rsnapshot",
	"kopia", "velero", "nload", "iftop", "bmon", "vnstat", "nvidia-smi", "samtools",
	"bcftools", "bwa", "minimap2", "bedtools", "kallisto", "snakemake", "blastn", "gmake",
	"ccache", "sccache", "distcc", "ld.lld", "x264", "magick", "ffprobe",
	"psql", "sqlite3", "redis-cli", "docker", "kubectl", "chrome", "chromium",
	"firefox", "thunderbird", NULL,
};

const char *const LEXICON_LASTING[] = {
	"block", "blocks", "blocked", "blocking", "sleep", "sleeps", "slept", "sleeping", "wait",
	"waits", "waited", "waiting", "take", "takes", "took", "taking", "last", "lasts",
	"lasted", "lasting", "hang", "hangs", "hung", "hanging", "stall", "stalls", "stalled",
	"stalling", "run", "runs", "ran", "running", "stuck", "held", "hold", "holds",
	"holding", "idle", "spin", "spins", "spinning", "live", "lives", "lived", "alive",
	"open", "opened", "kept", "stay", "stays", "stayed", NULL,
};

const char *lexicon_runs_as(const char *name)
{
	/* a program people name, whose processes never have that name */
	static const char *const RUNS_AS[][2] = {
		{ "redis", "redis-server" },    { "kafka", "java" },
		{ "zookeeper", "java" },        { "elasticsearch", "java" },
		{ "cassandra", "java" },        { "tomcat", "java" },
		{ "jenkins", "java" },          { "rabbitmq", "beam.smp" },
		{ "avahi", "avahi-daemon" },    { "qemu", "qemu-system-x86" },
		{ "xorg", "Xorg" },             { "journald", "systemd-journal" },
		{ "postfix", "master" },        { "exim", "exim4" },
		{ "clickhouse", "clickhouse-serv" },
		{ "logstash", "java" },         { "fluentd", "ruby" },
		{ "solr", "java" },             { "opensearch", "java" },
		{ "hadoop", "java" },           { "hbase", "java" },
		{ "flink", "java" },            { "neo4j", "java" },
		{ "activemq", "java" },         { "keycloak", "java" },
		{ "wildfly", "java" },          { "jboss", "java" },
		{ "sonarqube", "java" },        { "teamcity", "java" },
		{ "jetty", "java" },            { "gradle", "java" },
		{ "node-red", "node" },         { "zigbee2mqtt", "node" },
		{ "code-server", "node" },
		/* (the client has the name; the server people mean has not) */
		{ "mysql", "mysqld" },          { "mariadb", "mariadbd" },
		/* (Debian 12's: /usr/sbin/php-fpm8.2) */
		{ "php-fpm", "php-fpm8.2" },
	};
	for (size_t k = 0; k < sizeof(RUNS_AS) / sizeof(RUNS_AS[0]); k++)
		if (!strcmp(RUNS_AS[k][0], name))
			return RUNS_AS[k][1];
	return NULL;
}

int lexicon_names_threads(const char *name)
{
	static const char *const NAMING[] = { "java", "firefox", "firefox-esr", "chrome",
					      "chromium", "thunderbird", "mongod", "envoy",
					      NULL };
	for (const char *const *p = NAMING; *p; p++)
		if (!strcmp(*p, name))
			return 1;
	return 0;
}

int lexicon_program(const char *word, size_t len)
{
	for (const char *const *p = LEXICON_PROGRAMS; *p; p++)
		if (strlen(*p) == len && !strncmp(*p, word, len))
			return 1;
	return 0;
}

int lexicon_syscall(const char *word, size_t len)
{
	if (len == 0 || len > 48)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!islower((unsigned char)word[i]) && !isdigit((unsigned char)word[i]) &&
		    word[i] != '_')
			return 0;
	static const char *const ROOTS[] = { "/sys/kernel/tracing", "/sys/kernel/debug/tracing",
					     NULL };
	for (const char *const *root = ROOTS; *root; root++) {
		char path[160];
		snprintf(path, sizeof(path), "%s/events/syscalls/sys_enter_%.*s", *root, (int)len,
			 word);
		if (access(path, F_OK) == 0)
			return 1;
	}
	return 0;
}

int lexicon_event_noun(const char *word, size_t len)
{
	/* what happens to processes, and what is measured of them */
	static const char *const NOUNS[] = {
		"start", "starts", "startup", "startups", "exit", "exits", "death", "deaths",
		"birth", "births", "spawn", "spawns", "launch", "launches", "event", "events",
		"info", "tree", "trees", "list", "lists", "name", "names", "id", "ids", "count",
		"counts", "stats", "memory", "time", "times", "state", "states", "lifetime",
		"lifetimes", "group", "groups", "priority", "priorities", "limit", "limits",
		"load", "switch", "switches", "wakeup", "wakeups", "fork", "forks", "exec",
		"execs", "signal", "signals", "error", "errors", "failure", "failures", "crash",
		"crashes", "calls", "syscalls", "ends", "end", "runs", "run", "status", "table",
		"level", "levels", "latency", "latencies", "cpu", "io", "tracing", "trace", NULL
	};
	/* English nouns by their endings: creation, termination, activity */
	static const char *const ENDINGS[] = { "tion", "sion", "ment", "ness", "ity", "ance",
					       "ence", "ure", "ship", "ings", "ism", "ies", NULL };
	for (size_t i = 0; i < len; i++)
		if (!isalpha((unsigned char)word[i]))
			return 0;
	for (const char *const *n = NOUNS; *n; n++)
		if (strlen(*n) == len && !strncasecmp(*n, word, len))
			return 1;
	/* and their plurals: "terminations" */
	size_t stem = len > 1 && (word[len - 1] == 's' || word[len - 1] == 'S') ? len - 1 : len;
	for (const char *const *e = ENDINGS; *e; e++) {
		size_t el = strlen(*e);
		if ((len > el + 2 && !strncasecmp(word + len - el, *e, el)) ||
		    (stem > el + 2 && !strncasecmp(word + stem - el, *e, el)))
			return 1;
	}
	return 0;
}
