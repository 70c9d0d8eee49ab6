// GENERATED FILE: do not edit. Regenerate with
//   python3 Scripts/embed-themes.py > Sources/BylineTUI/Theme/ShippedThemes.swift

/// The theme files of the repository's `themes/` folder, embedded at build time.
enum ShippedThemes {
  /// Theme name (file name without `.theme`) → the file's text.
  static let sources: [String: String] = [
    "amber": #"""
    # amber — an amber phosphor terminal: shades of amber on near-black, entities told apart by
    # brightness and attributes. Needs 256 colours; on fewer, Byline uses the default theme.

    # ROLE                FG        BG        ATTRIBUTES
    normal                #ffb000   #140c00
    border                #6b4a00   #140c00
    title                 #ffd27a   #140c00   bold

    # Status line
    status                #140c00   #ffb000
    status.error          #140c00   #ff6a00   bold

    # Article list
    list.normal           #d99600   #140c00
    list.selected         #140c00   #d99600
    list.unread           #ffc640   #140c00   bold
    list.meta             #9a6c00   #140c00

    # Article body
    body.text             #e0a000   #140c00
    body.heading          #ffd27a   #140c00   bold underline
    body.quote            #b07c00   #140c00   italic
    body.header           #ffc640   #140c00   bold
    body.link             #ffc640   #140c00   underline
    search.match          #140c00   #ffe0a0   bold
    search.current        #140c00   #ff8c1a   bold underline

    # Entities: brighter shades plus the monochrome attribute of each kind
    entity.person         #fff0c8   #140c00   bold
    entity.organization   #ffd27a   #140c00   underline
    entity.location       #ffc640   #140c00   italic
    entity.misc           #ffe0a0   #140c00   bold italic
    entity.date           #c08800   #140c00   dim
    entity.money          #ff8c1a   #140c00   bold underline
    entity.percent        #ff8c1a   #140c00   underline
    entity.focused        #140c00   #fff0c8   bold

    """#,
    "default": #"""
    # default — Byline's default theme: 8 colours on the terminal's own background, made for dark
    # terminals and readable on light ones. It is also compiled into Byline, which falls back to it
    # when a theme file is broken or needs more colours than the terminal has.
    #
    # Format: ROLE FOREGROUND BACKGROUND [ATTRIBUTES...]   (see docs/themes.md)

    # ROLE                FG        BG        ATTRIBUTES
    normal                default   default
    border                blue      default
    title                 yellow    default   bold

    # Status line
    status                white     blue
    status.error          white     red       bold

    # Article list
    list.normal           default   default
    list.selected         black     cyan
    list.unread           default   default   bold
    list.meta             cyan      default

    # Article body
    body.text             default   default
    body.heading          yellow    default   bold
    body.quote            green     default
    body.header           cyan      default   bold
    body.link             blue      default   underline
    search.match          black     yellow    bold
    search.current        black     green     bold

    # Entities: one colour per kind; money and percent share red, told apart by underline
    entity.person         green     default   bold
    entity.organization   magenta   default
    entity.location       cyan      default
    entity.misc           yellow    default
    entity.date           blue      default
    entity.money          red       default
    entity.percent        red       default   underline
    entity.focused        black     white     bold

    """#,
    "dusk": #"""
    # dusk — a calm dark theme in direct colours: slate blue-grey background, warm muted accents.
    # Needs 256 colours (direct colours on terminals that have them); on fewer, Byline uses the
    # default theme instead and says so.

    # ROLE                FG        BG        ATTRIBUTES
    normal                #c9ced6   #1d2331
    border                #4a5468   #1d2331
    title                 #e6b673   #1d2331   bold

    # Status line
    status                #1d2331   #8fa1b3
    status.error          #fbeff0   #b4454f   bold

    # Article list
    list.normal           #c9ced6   #1d2331
    list.selected         #1d2331   #7fb4ca
    list.unread           #eef1f5   #1d2331   bold
    list.meta             #7c879b   #1d2331

    # Article body
    body.text             #c9ced6   #1d2331
    body.heading          #e6b673   #1d2331   bold
    body.quote            #98a3b3   #1d2331   italic
    body.header           #7fb4ca   #1d2331   bold
    body.link             #79a6da   #1d2331   underline
    search.match          #1d2331   #e6c86e   bold
    search.current        #1d2331   #ef8a72   bold

    # Entities
    entity.person         #a3d18a   #1d2331   bold
    entity.organization   #d59ad8   #1d2331
    entity.location       #6cc7c1   #1d2331
    entity.misc           #e6b673   #1d2331
    entity.date           #8aa6f0   #1d2331
    entity.money          #ef8a72   #1d2331
    entity.percent        #ef8a72   #1d2331   underline
    entity.focused        #1d2331   #a3d18a   bold

    """#,
    "high-contrast": #"""
    # high-contrast — bright colours on black, bold entities, for low vision and glare.
    # Uses the 16 ANSI colours only.

    # ROLE                FG             BG             ATTRIBUTES
    normal                bright-white   black
    border                bright-white   black
    title                 bright-yellow  black          bold underline

    # Status line
    status                black          bright-white   bold
    status.error          bright-white   red            bold

    # Article list
    list.normal           bright-white   black
    list.selected         black          bright-yellow  bold
    list.unread           bright-white   black          bold
    list.meta             bright-cyan    black

    # Article body
    body.text             bright-white   black
    body.heading          bright-yellow  black          bold underline
    body.quote            bright-green   black          italic
    body.header           bright-cyan    black          bold
    body.link             bright-cyan    black          underline
    search.match          black          bright-green   bold
    search.current        black          bright-cyan    bold underline

    # Entities: each kind its own bright colour and the monochrome attribute as well
    entity.person         bright-green   black          bold
    entity.organization   bright-magenta black          bold underline
    entity.location       bright-cyan    black          bold italic
    entity.misc           bright-yellow  black          bold
    entity.date           bright-blue    black          bold
    entity.money          bright-red     black          bold
    entity.percent        bright-red     black          bold underline
    entity.focused        black          bright-white   bold

    """#,
    "light": #"""
    # light — for terminals with a light background. Dark, saturated colours from the xterm
    # 256-colour palette on the terminal's own (light) background. On an 8- or 16-colour terminal
    # the entity colours would merge, so Byline falls back to the default theme there.

    # ROLE                FG         BG         ATTRIBUTES
    normal                default    default
    border                color245   default
    title                 color18    default    bold

    # Status line
    status                color255   color24
    status.error          color255   color124   bold

    # Article list
    list.normal           default    default
    list.selected         color16    color153
    list.unread           color16    default    bold
    list.meta             color242   default

    # Article body
    body.text             color235   default
    body.heading          color18    default    bold
    body.quote            color240   default    italic
    body.header           color24    default    bold
    body.link             color25    default    underline
    search.match          color16    color220   bold
    search.current        color255   color166   bold

    # Entities
    entity.person         color28    default    bold
    entity.organization   color90    default
    entity.location       color30    default
    entity.misc           color130   default
    entity.date           color61    default
    entity.money          color124   default
    entity.percent        color124   default    underline
    entity.focused        color255   color28    bold

    """#,
    "mono": #"""
    # mono — no colour at all, even on a colour terminal: every role is drawn with attributes only,
    # the same ones Byline uses when NO_COLOR is set or the terminal has no colours.

    # ROLE                FG        BG        ATTRIBUTES
    normal                default   default
    border                default   default   dim
    title                 default   default   bold

    # Status line
    status                default   default   reverse
    status.error          default   default   reverse bold

    # Article list
    list.normal           default   default
    list.selected         default   default   reverse
    list.unread           default   default   bold
    list.meta             default   default   dim

    # Article body
    body.text             default   default
    body.heading          default   default   bold underline
    body.quote            default   default   italic
    body.header           default   default   bold
    body.link             default   default   underline italic
    search.match          default   default   reverse bold
    search.current        default   default   reverse bold underline

    # Entities: person bold, organisation underlined, place italic
    entity.person         default   default   bold
    entity.organization   default   default   underline
    entity.location       default   default   italic
    entity.misc           default   default   bold italic
    entity.date           default   default   dim
    entity.money          default   default   bold underline
    entity.percent        default   default   dim underline
    entity.focused        default   default   reverse

    """#,
  ]
}
