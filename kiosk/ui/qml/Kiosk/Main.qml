import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Backend

// The kiosk window: the visitor's pages in a stack, the nav bar, the attract loop on top.
Window {
    id: window

    required property KioskController kiosk

    width: 1080
    height: 1920
    color: Theme.paper
    title: "ODOP Expo kiosk"

    Component { id: homePage; HomePage { kiosk: window.kiosk } }
    Component { id: craftsPage; CraftsPage { kiosk: window.kiosk } }
    Component { id: districtsPage; DistrictsPage { kiosk: window.kiosk } }
    Component { id: galleryPage; GalleryPage { kiosk: window.kiosk } }
    Component { id: productPage; ProductPage { kiosk: window.kiosk } }
    Component { id: shortlistPage; ShortlistPage { kiosk: window.kiosk } }

    readonly property var pages: ({
        "home": homePage, "crafts": craftsPage, "districts": districtsPage,
        "gallery": galleryPage, "product": productPage, "shortlist": shortlistPage
    })

    StackView {
        id: stack
        objectName: "stack"
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: navBar.top }
        initialItem: homePage
        clip: true
    }

    Connections {
        target: window.kiosk
        function onNavigated(action, page) {
            if (action === "push")
                stack.push(window.pages[page])
            else if (action === "pop")
                stack.pop()
            else if (action === "popto")
                stack.pop(stack.get(window.kiosk.depth - 1))
            else if (action === "home")
                stack.pop(null)
            else if (action === "reset")
                stack.replace(null, homePage, {}, StackView.Immediate)
        }
    }

    NavBar {
        id: navBar
        objectName: "navBar"
        kiosk: window.kiosk
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
}
