/* SPDX-License-Identifier: Apache-2.0 */
/* libFuzzer target: the checker on arbitrary (mutated) IR text. It must
 * never crash, and a query never runs past its timeout. Seeds: the IR of
 * the verifier corpus (tests/verifier/fuzz.sh makes them). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "ir_tables.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *ir = malloc(size + 1);
	if (!ir)
		return 0;
	memcpy(ir, data, size);
	ir[size] = '\0';
	struct ir_tables t;
	ir_tables_scan(ir, &t);
	BT_OPTS(checker_opts, opts, .timeout_ms = 200, .loop_bound = 4);
	checker_report_free(checker_prove(ir, t.contracts, t.n_contracts, t.maps,
					  t.n_maps, &opts));
	free(ir);
	return 0;
}
