#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# read(0, buf, 0), in this very process (exec keeps the pid)
exec python3 -c 'import os; os.read(0, 0)' </dev/null
