pragma Singleton
import QtQuick

// Colours, type scale, spacing, touch sizes and timings: the one place for the kiosk's look.
// Sizes are for a 1080 px short side (both 1080x1920 and 1920x1080 screens).
QtObject {
    // Warm paper and ink, with the saffron, madder and gold of UP's crafts.
    readonly property color paper: "#f6efe4"
    readonly property color paperDeep: "#ede2d1"
    readonly property color card: "#fffaf2"
    readonly property color ink: "#2b1d16"
    readonly property color inkSoft: "#6b5646"
    readonly property color maroon: "#6d1a2a"
    readonly property color maroonDeep: "#4a0f1c"
    readonly property color saffron: "#e0871b"
    readonly property color gold: "#c9a24a"
    readonly property color onDark: "#fff7ea"
    readonly property color line: "#dccdb7"
    readonly property color shade: "#66000000"
    readonly property color clear: "#00000000"
    readonly property color qrPaper: "#ffffff"  // behind a QR code: pure white scans best
    readonly property color dotIdle: "#99fff7ea"  // a carousel dot not showing
    readonly property color buttonOnDark: "#33ffffff"  // an unlit button over a dark band
    readonly property color textShadow: "#80000000"
    readonly property color scrim: "#b0190810"  // over the page while the idle countdown runs
    // Photo shades (umber, darkest where text stands on the photo).
    readonly property color heroShadeTop: "#30190810"
    readonly property color heroShadeMiddle: "#40190810"
    readonly property color heroShadeBottom: "#e8190810"
    readonly property color attractShadeTop: "#a0190810"
    readonly property color attractShadeMiddle: "#10000000"
    readonly property color attractShadeBottom: "#f0190810"
    readonly property color tileShadeText: Qt.rgba(0.11, 0.03, 0.05, 0.92)
    readonly property color tileShadeMiddle: Qt.rgba(0.11, 0.03, 0.05, 0.45)
    readonly property color pressVeil: "#8cfffaf2"  // over a pressed district on the map

    // Devanagari and Japanese fallbacks of these families are set in kiosk/ui/fonts.py.
    readonly property string sans: "Noto Sans"
    readonly property string serif: "Noto Serif"

    readonly property int displaySize: 76
    readonly property int titleSize: 56
    readonly property int headingSize: 40
    readonly property int subheadingSize: 32
    readonly property int emphasisSize: 29  // a name or caption a little above the body
    readonly property int bodySize: 27
    readonly property int cardTitleSize: 25
    readonly property int captionSize: 24
    readonly property int smallSize: 22
    readonly property int photoTagSize: 20
    readonly property int badgeSize: 18
    readonly property int mapLabelSize: 19  // district names on the map

    readonly property int gap: 24
    readonly property int margin: 48
    readonly property int radius: 22
    readonly property int touchTarget: 96
    readonly property int navBarHeight: 132

    // Small steps inside cards and tiles.
    readonly property int lineSpacing: 4  // between the lines of a card's text
    readonly property int textSpacing: 6  // between a name and what follows it
    readonly property int inset: 8  // a card's photo from its edge
    readonly property int innerGap: 10  // a dot or photo from its neighbour
    readonly property int captionGap: 12  // a picture from its caption
    readonly property int badgeInset: 12  // a badge from the corner of the photo it is on
    readonly property int rowInset: 12  // a shortlist row's photo from its edge
    readonly property int cardPadding: 16
    readonly property int buttonLabelPadding: 12  // a button's label from its edge, each side

    // Rules, borders and accent bars.
    readonly property int hairline: 2
    readonly property int borderBold: 4  // a highlighted button
    readonly property int navRule: 4  // gold rule along the top of the nav bar
    readonly property int stripe: 10  // a Home tile's accent edge
    readonly property int accentBarThickness: 6
    readonly property int barGap: 14  // a card's accent bar from its neighbours
    readonly property int accentBarLength: 120  // over a page title
    readonly property int bannerBarLength: 160  // on the attract loop

    // Pills: rounded labels (craft, GI tag, product number, photo tags).
    readonly property int pillPaddingX: 16
    readonly property int pillPaddingY: 7
    readonly property int photoTagPaddingX: 14
    readonly property int photoTagPaddingY: 6
    readonly property int badgePaddingX: 12
    readonly property int badgePaddingY: 5

    // Dots: a product card's craft colour, the carousel's place.
    readonly property int swatchSize: 14
    readonly property int dotSize: 16
    readonly property int dotCurrentLength: 40
    readonly property int dotSpacing: 14
    readonly property int legendSwatch: 28  // a craft colour in the map's legend
    readonly property int legendSpacing: 12

    // The search keyboard.
    readonly property int keyGap: 8  // between the keys' faces
    readonly property int keyRadius: 14
    readonly property int caretWidth: 3

    // QR codes.
    readonly property int qrFramePadding: 4  // the code's own quiet zone is the margin
    readonly property int qrFrameRadius: 8  // small enough never to cut the square code
    readonly property int qrSize: 300  // a product code in portrait
    readonly property int qrSizeLandscape: 270
    readonly property int qrTileExtra: 80  // a roomy code tile is this much wider than its code
    readonly property int shortlistQrSize: 420
    readonly property int shortlistQrTile: 440
    readonly property int shortlistPanel: 600  // its band's height (portrait) or width

    // Grid cells and rows.
    readonly property int districtCellHeight: 172
    readonly property int productCardText: 150  // a product card's height under its photo
    readonly property int shortlistRowHeight: 184
    readonly property int dialogWidth: 900
    readonly property int readingWidth: 860

    // Decoded image widths: thumbnails, display photos, full-screen slides.
    readonly property int thumbDecodeSmall: 256
    readonly property int cardThumbDecode: 384  // a gallery card, about 330 px wide
    readonly property int thumbDecode: 512
    readonly property int photoDecode: 1440
    readonly property int fullScreenDecode: 1920

    // Press feedback: the pressed item shrinks this much (easing over fast / 2).
    readonly property real pressScale: 0.97
    readonly property real pressScaleButton: 0.96
    readonly property real pressScaleRow: 0.985

    // The full-screen photo viewer.
    readonly property color viewerBackground: "#120a07"
    readonly property color viewerShade: "#c0120a07"  // under the label, credit and Close
    readonly property int closeButtonWidth: 360
    readonly property int closeButtonHeight: 120

    // Icons drawn from strokes (the low-reach button).
    readonly property int iconSize: 44
    readonly property int iconStroke: 6

    // Low reach: the share of the screen's height the pages leave free at the top. A 55"
    // portrait totem shows about 1.22 m of picture from about 0.6 m above the floor: the
    // pages then start near 1.3 m, their title band (nothing to press) takes the first
    // 10 cm, and every control stands below about 1.2 m. A landscape screen is shorter
    // and stands lower: its top eighth is freed.
    readonly property real lowReachPortrait: 0.42
    readonly property real lowReachLandscape: 0.12
    // A page at least this tall for its width is laid out as on a portrait screen (so it
    // still is on a portrait screen in low reach, where it is about as tall as wide).
    readonly property real portraitRatio: 0.8
    readonly property int storyMinimum: 300  // a product's story under a short photo band

    readonly property int fast: 160
    readonly property int calm: 420
    readonly property int fade: 1200  // attract slides cross-fade; the greeting breathes
    readonly property int greetingMs: 2400  // each language's "touch to explore"

    // The staff panel (kiosk/ui/staff.py): the hidden gesture's corners, the PIN pad's keys,
    // the panel's tiles, rows and charts.
    readonly property int staffCorner: 120  // each corner of the gesture, square
    readonly property int pinKeyWidth: 200
    readonly property int pinKeyHeight: 132
    readonly property int pinDot: 28
    readonly property int pinPadWidth: 720
    readonly property int staffTileHeight: 168
    readonly property int staffRowHeight: 132
    readonly property int staffReportHeight: 560  // the dry run's report, in portrait
    readonly property int chartBarHeight: 40
    readonly property int chartLabelWidth: 300
    readonly property int chartValueWidth: 90
    readonly property color pass: "#2e7d32"
    readonly property color fail: "#b3261e"
}
