/* SPDX-License-Identifier: Apache-2.0 */
/* The checks of the plugin's C tests: a line a check, "ok   WHAT" or
 * "FAIL WHAT", and the tally for the summary line "N passed, N failed". */
#ifndef BTE_TEST_CHECK_H
#define BTE_TEST_CHECK_H

#include <stdio.h>

static int passed, failed;

static void check(int ok, const char *what)
{
	if (ok) {
		passed++;
		printf("ok   %s\n", what);
	} else {
		failed++;
		printf("FAIL %s\n", what);
	}
}

#endif
