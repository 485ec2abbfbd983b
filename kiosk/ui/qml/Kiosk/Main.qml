pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Backend

// The kiosk window: the visitor's pages in a stack, the nav bar, the attract loop on top,
// and over everything the staff panel's hidden gesture and, once asked for, its screens.
Window {
    id: window

    required property KioskController kiosk
    required property StaffPanel staff

    width: 1080
    height: 1920
    color: Theme.paper
    title: "ODOP Expo kiosk"

    Component { id: homePage; HomePage { kiosk: window.kiosk } }
    Component { id: craftsPage; CraftsPage { kiosk: window.kiosk } }
    Component { id: districtsPage; DistrictsPage { kiosk: window.kiosk } }
    Component { id: mapPage; MapPage { kiosk: window.kiosk } }
    Component { id: galleryPage; GalleryPage { kiosk: window.kiosk } }
    Component { id: productPage; ProductPage { kiosk: window.kiosk } }
    Component { id: shortlistPage; ShortlistPage { kiosk: window.kiosk } }
    Component { id: searchPage; SearchPage { kiosk: window.kiosk } }
    Component { id: viewerPage; ViewerPage { kiosk: window.kiosk } }
    Component { id: artisanPage; ArtisanPage { kiosk: window.kiosk } }

    readonly property var pages: ({
        "home": homePage, "crafts": craftsPage, "districts": districtsPage, "map": mapPage,
        "gallery": galleryPage, "product": productPage, "shortlist": shortlistPage,
        "search": searchPage, "viewer": viewerPage, "artisan": artisanPage
    })
    // The photo viewer takes the whole screen, the nav bar's place too (it has its own Close).
    readonly property bool fullScreen: kiosk.page === "viewer"
    readonly property bool portrait: height >= width
    // Low reach: the pages start this far down, so that on a portrait totem nothing a visitor
    // needs stands above about 1.2 m (Theme.lowReachPortrait says how that was reckoned).
    readonly property int reachOffset: kiosk.lowReach
        ? Math.round(height * (portrait ? Theme.lowReachPortrait : Theme.lowReachLandscape)) : 0

    // What low reach leaves above the pages: nothing to press, only a word of what it is.
    LowReachBand {
        objectName: "lowReachBand"
        visible: window.reachOffset > 0
        width: parent.width
        height: window.reachOffset
    }

    // The stack shows the controller's history, Home first: pages the history no longer has
    // are popped, new ones pushed (both with their slide), and a new visit builds Home afresh.
    StackView {
        id: stack
        objectName: "stack"
        anchors { left: parent.left; right: parent.right; top: parent.top
                  bottom: window.fullScreen ? parent.bottom : navBar.top }
        anchors.topMargin: window.reachOffset
        clip: true

        property int visit: -1  // the visit its pages were built for

        function follow(history, visit) {
            if (visit !== stack.visit) {
                stack.visit = visit
                stack.clear(StackView.Immediate)
            }
            // A change while a page still slides goes at once: a visitor tapping faster than
            // the slides sees what they asked for now, and half-slid pages do not pile up.
            const hurry = busy
            let kept = 0
            while (kept < depth && kept < history.length
                   && get(kept).objectName === history[kept] + "Page")
                ++kept
            if (kept === 0)
                clear(StackView.Immediate)
            else if (kept < depth)
                popToIndex(kept - 1, hurry ? StackView.Immediate : StackView.PopTransition)
            const added = history.slice(kept).map(name => window.pages[name])
            if (added.length > 0)
                pushItems(added, depth === 0 || hurry ? StackView.Immediate
                                                      : StackView.PushTransition)
        }

        Component.onCompleted: follow(window.kiosk.history, window.kiosk.visit)
        Connections {
            target: window.kiosk
            function onHistoryChanged() { stack.follow(window.kiosk.history, window.kiosk.visit) }
        }
    }

    NavBar {
        id: navBar
        objectName: "navBar"
        kiosk: window.kiosk
        visible: !window.fullScreen
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
    }

    IdleOverlay {
        anchors.fill: parent
        idle: window.kiosk.idle
    }

    AttractOverlay {
        anchors.fill: parent
        kiosk: window.kiosk
    }

    StaffGesture {
        staff: window.staff
        screenWidth: window.width
        enabled: !window.staff.pinPad && !window.staff.unlocked
    }

    StaffOverlay {
        anchors.fill: parent
        staff: window.staff
        kiosk: window.kiosk
    }
}
