#ifndef BYLINE_CNCURSES_SHIM_H
#define BYLINE_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <sys/select.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Waits until `fd` has input, for at most `timeout_ms` (negative: no limit), with the thread's
   signal mask set to `during` for the wait alone (pselect: atomically, so a signal blocked
   until then and pending ends the wait at once). 1: input (or end of file, or an error, which
   the read that follows sees); 0: the time ran out; -1: a signal (or an error). */
static inline int byline_wait_input(int fd, int timeout_ms, const sigset_t *during) {
  if (fd < 0 || fd >= FD_SETSIZE) return 1;
  fd_set readable;
  FD_ZERO(&readable);
  FD_SET(fd, &readable);
  struct timespec limit = {timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L};
  return pselect(fd + 1, &readable, NULL, NULL, timeout_ms < 0 ? NULL : &limit, during);
}

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

/* Mouse reports are read by Byline, not by curses' mouse driver (which merges a press and a
   release that arrive in one read into a click, and decodes SGR reports only where kmous is
   "\E[<"). KEY_MOUSE is what curses returns for the terminal's kmous; this is the key code
   Byline binds "\E[<", the start of an SGR report, to: past every curses key code. */
static inline int byline_key_mouse(void) { return KEY_MOUSE; }
static inline int byline_key_sgr_mouse(void) { return KEY_MAX + 0x100; }

/* ncurses' own output routine: appends a byte to the screen's output buffer, which doupdate
   writes in one piece at its end. Exported by libtinfo (symbol version
   NCURSES6_TINFO_5.8.20110226) though not declared in the installed headers. */
extern int _nc_outch_sp(SCREEN *, int);

/* Writes a terminfo string into `screen`'s output buffer. */
static inline void byline_emit(SCREEN *screen, const char *text, int affected) {
  tputs_sp(screen, text, affected, _nc_outch_sp);
}

/* Writes the line capability `one` (e.g. "dl1") `count` times, or its parametrised form
   `many` (e.g. "dl") once. */
static inline void byline_emit_lines(SCREEN *screen, const char *one, const char *many,
                                     int count) {
  if ((count == 1 && one != NULL) || many == NULL) {
    for (int i = 0; i < count; i++) byline_emit(screen, one, 1);
  } else {
    byline_emit(screen, tiparm(many, count), count);
  }
}

/* Where mvcur's output goes while byline_shift_rows sets curses' record of the cursor. */
static inline FILE *byline_cursor_sink(void) {
  static FILE *sink = NULL;
  if (sink == NULL) sink = fopen("/dev/null", "w");
  return sink;
}

/* Whether byline_shift_rows can move rows on the current terminal: it can insert and delete
   lines, address the cursor, and keeps no memory above or below the screen. */
static inline int byline_can_shift_rows(void) {
  if ((byline_capability("dl1") == NULL && byline_capability("dl") == NULL)
      || (byline_capability("il1") == NULL && byline_capability("il") == NULL)
      || byline_capability("cup") == NULL)
    return 0;
  if (tigetflag("da") > 0 || tigetflag("db") > 0) return 0;
  return byline_cursor_sink() != NULL;
}

/* Moves the terminal's rows top..bottom (0-based, inclusive) up by n rows (down when n < 0)
   by deleting and inserting lines, the rows outside the band staying where they are. About 17
   bytes on an xterm, against about 30 for curses' own way (set the scroll region, scroll,
   reset it, then an absolute move because the cursor position is lost).

   The bytes go into curses' output buffer, so that they leave in the same write as the rest of
   the frame; call this just before doupdate, with normal attributes current (as doupdate
   leaves them). Curses' record of the cursor is then set to where the sequence leaves it, with
   mvcur writing into a sink: mvcur is the only public way to set that record, and it writes
   through stdout, which is pointed at the sink for the call.
   Returns 0, writing nothing, when the terminal cannot insert and delete lines. */
static inline int byline_shift_rows(SCREEN *screen, int top, int bottom, int n) {
  int count = n > 0 ? n : -n;
  if (count == 0 || top < 0 || bottom - top + 1 <= count) return 0;
  if (!byline_can_shift_rows()) return 0;
  FILE *sink = byline_cursor_sink();
  const char *delete_one = byline_capability("dl1"), *delete_many = byline_capability("dl");
  const char *insert_one = byline_capability("il1"), *insert_many = byline_capability("il");
  const char *address = byline_capability("cup"), *row_address = byline_capability("vpa");
  const char *home = byline_capability("home");
  int delete_row = n > 0 ? top : bottom - count + 1;
  int insert_row = n > 0 ? bottom - count + 1 : top;
  if (delete_row == 0 && home != NULL) {
    byline_emit(screen, home, 1);
  } else {
    byline_emit(screen, tiparm(address, delete_row, 0), 1);
  }
  byline_emit_lines(screen, delete_one, delete_many, count);
  /* The cursor is in column 0 (moved there before deleting), so a row address will do. */
  byline_emit(screen, tiparm(row_address != NULL ? row_address : address, insert_row, 0), 1);
  byline_emit_lines(screen, insert_one, insert_many, count);
  FILE *out = stdout;
  stdout = sink;
  mvcur(-1, -1, insert_row, 0);
  fflush(sink);
  stdout = out;
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
