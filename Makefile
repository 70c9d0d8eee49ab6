# Byline as a terminal tool: build, install and uninstall.
#
#   make install PREFIX=~/.local     # default PREFIX=/usr/local; DESTDIR is honoured
#   make uninstall PREFIX=~/.local   # removes exactly what install put there
#
# BUILD=debug installs the debug build instead of the release one, and NO_BUILD=1 installs what
# is already built without running `swift build` (the install test uses both).

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= release
SWIFT ?= swift
INSTALL ?= install

# `make PREFIX=~/.local` from a shell that does not expand the tilde (zsh) still works.
prefix := $(patsubst ~%,$(HOME)%,$(PREFIX))
bindir := $(DESTDIR)$(prefix)/bin
datadir := $(DESTDIR)$(prefix)/share/byline
mandir := $(DESTDIR)$(prefix)/share/man/man1
bashdir := $(DESTDIR)$(prefix)/share/bash-completion/completions
zshdir := $(DESTDIR)$(prefix)/share/zsh/site-functions
fishdir := $(DESTDIR)$(prefix)/share/fish/vendor_completions.d

built := .build/$(BUILD)
# The tagger model and the sample articles; the installed binary finds them in share/byline
# (Sources/BylineCore/Ingest/ResourceBundle.swift).
bundle := Byline_BylineCore.resources
themes := $(wildcard themes/*.theme)

.PHONY: all build install uninstall manual

all: build

build:
ifeq ($(NO_BUILD),)
	$(SWIFT) build -c $(BUILD) --product byline
endif

install: build
	$(INSTALL) -d "$(bindir)" "$(datadir)/themes" "$(mandir)" "$(bashdir)" "$(zshdir)" \
	  "$(fishdir)"
	$(INSTALL) -m 755 "$(built)/byline" "$(bindir)/byline"
	rm -rf "$(datadir)/$(bundle)"
	cp -R "$(built)/$(bundle)" "$(datadir)/$(bundle)"
	chmod -R u+rwX,go+rX,go-w "$(datadir)/$(bundle)"
	$(INSTALL) -m 644 $(themes) "$(datadir)/themes/"
	$(INSTALL) -m 644 docs/man/byline.1 "$(mandir)/byline.1"
	"$(built)/byline" --generate-completion-script bash > "$(bashdir)/byline"
	"$(built)/byline" --generate-completion-script zsh > "$(zshdir)/_byline"
	"$(built)/byline" --generate-completion-script fish > "$(fishdir)/byline.fish"

# The share/byline folders go only when empty: files the user put there stay.
uninstall:
	rm -f "$(bindir)/byline" "$(mandir)/byline.1" "$(bashdir)/byline" "$(zshdir)/_byline" \
	  "$(fishdir)/byline.fish"
	rm -rf "$(datadir)/$(bundle)"
	rm -f $(addprefix "$(datadir)/themes/,$(addsuffix ",$(notdir $(themes))))
	rmdir "$(datadir)/themes" "$(datadir)" 2>/dev/null || true

# Regenerates docs/man/byline.1 and docs/man/byline.json from the command definitions.
manual:
	bash Scripts/generate-manual.sh
