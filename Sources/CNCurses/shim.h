#ifndef BYLINE_CNCURSES_SHIM_H
#define BYLINE_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Globals and macros that Swift 6 cannot use directly. */
static inline WINDOW *byline_stdscr(void) { return stdscr; }
static inline int byline_lines(void) { return LINES; }
static inline int byline_cols(void) { return COLS; }
static inline int byline_colors(void) { return COLORS; }
static inline int byline_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t byline_a_normal(void) { return A_NORMAL; }
static inline attr_t byline_a_bold(void) { return A_BOLD; }
static inline attr_t byline_a_dim(void) { return A_DIM; }
static inline attr_t byline_a_italic(void) { return A_ITALIC; }
static inline attr_t byline_a_underline(void) { return A_UNDERLINE; }
static inline attr_t byline_a_reverse(void) { return A_REVERSE; }
static inline int byline_wcwidth(wchar_t c) { return wcwidth(c); }

/* The codeset of the current locale ("UTF-8" when wide characters will work). */
static inline const char *byline_codeset(void) { return nl_langinfo(CODESET); }
/* Starts curses on stdin/stdout; NULL (rather than exiting, as initscr does) when the
   terminal type is unknown. */
static inline SCREEN *byline_newterm(void) {
  SCREEN *screen = newterm(NULL, stdout, stdin);
  if (screen != NULL) set_term(screen);
  return screen;
}
static inline WINDOW *byline_curscr(void) { return curscr; }
static inline int byline_key_f0(void) { return KEY_F0; }
#endif
