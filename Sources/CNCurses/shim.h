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
/* Starts curses for terminal type `term` on the given file descriptors; NULL, rather than
   exiting as initscr does, when the terminal type is unknown. */
static inline SCREEN *byline_newterm(const char *term, int input, int output) {
  FILE *out = fdopen(output, "w");
  FILE *in = fdopen(input, "r");
  if (out == NULL || in == NULL) return NULL;
  SCREEN *screen = newterm(term, out, in);
  if (screen != NULL) set_term(screen);
  return screen;
}
static inline WINDOW *byline_curscr(void) { return curscr; }
static inline int byline_key_f0(void) { return KEY_F0; }
static inline WINDOW *byline_newscr(void) { return newscr; }

/* A terminfo string capability, or NULL when the terminal lacks it. */
static inline const char *byline_capability(const char *name) {
  const char *value = tigetstr(name);
  return (value == NULL || value == (const char *)-1) ? NULL : value;
}

/* Writes the line capability `one` (e.g. "dl1") `count` times, or its parametrised form
   `many` (e.g. "dl") once, through stdout. */
static inline void byline_put_lines(const char *one, const char *many, int count) {
  if ((count == 1 && one != NULL) || many == NULL) {
    for (int i = 0; i < count; i++) putp(one);
  } else {
    putp(tiparm(many, count));
  }
}

/* Moves the terminal's rows top..bottom (0-based, inclusive) up by n rows (down when n < 0)
   by deleting and inserting lines, the rows outside the band staying where they are, and
   leaves curses' record of the cursor right (mvcur). Cheaper on the wire than curses' own
   scroll-region sequence, which sets the region, scrolls, resets it and loses the cursor.
   Writes through stdout (putp and mvcur do), which must be the terminal curses draws on,
   then flushes it; call it only between refreshes, with normal attributes current.
   Returns 0, writing nothing, when the terminal cannot insert and delete lines. */
static inline int byline_shift_rows(int top, int bottom, int n) {
  int count = n > 0 ? n : -n;
  if (count == 0 || top < 0 || bottom - top + 1 <= count) return 0;
  const char *delete_one = byline_capability("dl1"), *delete_many = byline_capability("dl");
  const char *insert_one = byline_capability("il1"), *insert_many = byline_capability("il");
  if ((delete_one == NULL && delete_many == NULL) || (insert_one == NULL && insert_many == NULL))
    return 0;
  if (tigetflag("da") > 0 || tigetflag("db") > 0) return 0;
  int delete_row = n > 0 ? top : bottom - count + 1;
  int insert_row = n > 0 ? bottom - count + 1 : top;
  /* Where curses left the cursor is not known here, so the first move is absolute: home
     when the band starts at the top (3 bytes on an xterm rather than 6). */
  const char *home = byline_capability("home");
  if (delete_row == 0 && home != NULL) {
    putp(home);
  } else if (mvcur(-1, -1, delete_row, 0) == ERR) {
    return 0;
  }
  byline_put_lines(delete_one, delete_many, count);
  mvcur(delete_row, 0, insert_row, 0); /* also records the cursor position in curses */
  byline_put_lines(insert_one, insert_many, count);
  fflush(stdout);
  return 1;
}

/* Moves rows top..bottom of window `win` as byline_shift_rows moved them on the terminal,
   without marking them changed. */
static inline void byline_shift_window(WINDOW *win, int top, int bottom, int n) {
  bool could_scroll = is_scrollok(win);
  scrollok(win, TRUE);
  wsetscrreg(win, top, bottom);
  wscrl(win, n);
  wsetscrreg(win, 0, getmaxy(win) - 1);
  scrollok(win, could_scroll);
  wtouchln(win, top, bottom - top + 1, 0);
}
#endif
