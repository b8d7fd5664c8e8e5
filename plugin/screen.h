/* SPDX-License-Identifier: Apache-2.0 */
/* A model's answer is hostile until the user says yes. This module is
 * what stands between it and the compiler and the terminal: the screen
 * refuses what must not reach a compile (preprocessor directives, which
 * make clang read files; control characters), and the renderer shows any
 * text with its control characters and escape sequences made visible. */
#ifndef BTE_SCREEN_H
#define BTE_SCREEN_H

#include <stdio.h>

/* Why `program` must not be compiled, or NULL when it may be. *line gets
 * the 1-based line of the first offence. The reason is a static string. */
const char *screen_program(const char *program, unsigned *line);

/* The 1-based line of the first assume() of `program` (outside strings
 * and comments), or 0. A premise the model wrote is not a fact: its
 * answer may not have one (the verifier would take it as given). */
unsigned screen_premise(const char *program);

/* Writes `text` to `out` with every control character but newline and tab
 * (ESC, CR, BEL, DEL, C1 controls) and every byte that is not UTF-8 shown
 * as a visible escape (\x1b), so a model cannot rewrite the screen. */
void screen_render(FILE *out, const char *text);

/* The same, into a new string the caller frees; NULL on ENOMEM. */
char *screen_rendered(const char *text);

#endif
