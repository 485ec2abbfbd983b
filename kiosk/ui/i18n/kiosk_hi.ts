<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
  <context>
    <name>CraftTile</name>
    <message numerus="yes">
      <location filename="../qml/Kiosk/CraftTile.qml" line="60" />
      <source>%n product(s)</source>
      <translation>
        <numerusform>%n उत्पाद</numerusform>
        <numerusform>%n उत्पाद</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CraftsPage</name>
    <message>
      <location filename="../qml/Kiosk/CraftsPage.qml" line="15" />
      <source>Explore by craft</source>
      <translation>शिल्प के अनुसार देखें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/CraftsPage.qml" line="16" />
      <source>Choose a craft to see its products from across Uttar Pradesh.</source>
      <translation>कोई शिल्प चुनें और पूरे उत्तर प्रदेश से उसके उत्पाद देखें।</translation>
    </message>
  </context>
  <context>
    <name>DistrictsPage</name>
    <message>
      <location filename="../qml/Kiosk/DistrictsPage.qml" line="15" />
      <source>Explore by district</source>
      <translation>ज़िले के अनुसार देखें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/DistrictsPage.qml" line="16" />
      <source>Every district of Uttar Pradesh has its own signature product.</source>
      <translation>उत्तर प्रदेश के हर ज़िले का अपना विशिष्ट उत्पाद है।</translation>
    </message>
  </context>
  <context>
    <name>GalleryPage</name>
    <message>
      <location filename="../qml/Kiosk/GalleryPage.qml" line="15" />
      <source>Featured crafts</source>
      <translation>विशेष शिल्प</translation>
    </message>
    <message numerus="yes">
      <location filename="../qml/Kiosk/GalleryPage.qml" line="16" />
      <source>%n product(s)</source>
      <translation>
        <numerusform>%n उत्पाद</numerusform>
        <numerusform>%n उत्पाद</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="41" />
      <source>One District One Product</source>
      <translation>एक ज़िला एक उत्पाद</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="50" />
      <source>Crafted in Uttar Pradesh, Admired by the World!</source>
      <translation>उत्तर प्रदेश में निर्मित, दुनिया भर में सराहा गया!</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="59" />
      <source>75 districts, each with a signature craft passed down through generations.</source>
      <translation>75 ज़िले, हर एक की अपनी पहचान वाली कला, जो पीढ़ियों से चली आ रही है।</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="81" />
      <source>Explore by craft</source>
      <translation>शिल्प के अनुसार देखें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="82" />
      <source>Silk, brass, glass, clay, wood and more</source>
      <translation>रेशम, पीतल, काँच, मिट्टी, लकड़ी और बहुत कुछ</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="91" />
      <source>Explore by district</source>
      <translation>ज़िले के अनुसार देखें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="92" />
      <source>All 75 districts of Uttar Pradesh</source>
      <translation>उत्तर प्रदेश के सभी 75 ज़िले</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="101" />
      <source>Featured crafts</source>
      <translation>विशेष शिल्प</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/HomePage.qml" line="102" />
      <source>Masterpieces chosen for the Expo</source>
      <translation>एक्सपो के लिए चुनी गई उत्कृष्ट कृतियाँ</translation>
    </message>
  </context>
  <context>
    <name>IdleOverlay</name>
    <message>
      <location filename="../qml/Kiosk/IdleOverlay.qml" line="37" />
      <source>Are you still there?</source>
      <translation>क्या आप अभी भी यहाँ हैं?</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/IdleOverlay.qml" line="53" />
      <source>Touch anywhere to keep exploring.</source>
      <translation>देखते रहने के लिए कहीं भी छुएँ।</translation>
    </message>
  </context>
  <context>
    <name>NavBar</name>
    <message>
      <location filename="../qml/Kiosk/NavBar.qml" line="25" />
      <source>Back</source>
      <translation>वापस</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/NavBar.qml" line="31" />
      <source>Home</source>
      <translation>होम</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/NavBar.qml" line="42" />
      <source>One District One Product · Uttar Pradesh</source>
      <translation>एक ज़िला एक उत्पाद · उत्तर प्रदेश</translation>
    </message>
  </context>
  <context>
    <name>PhotoCarousel</name>
    <message>
      <location filename="../qml/Kiosk/PhotoCarousel.qml" line="19" />
      <source>Photo coming soon</source>
      <translation>फ़ोटो जल्द आ रही है</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/PhotoCarousel.qml" line="62" />
      <source>Illustrative image</source>
      <translation>सांकेतिक चित्र</translation>
    </message>
  </context>
  <context>
    <name>ProductCard</name>
    <message>
      <location filename="../qml/Kiosk/ProductCard.qml" line="55" />
      <source>GI tag</source>
      <translation>जीआई टैग</translation>
    </message>
  </context>
  <context>
    <name>ProductPage</name>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="77" />
      <source>GI tag · Geographical Indication</source>
      <translation>जीआई टैग · भौगोलिक संकेत</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="96" />
      <source>From %1, Uttar Pradesh</source>
      <translation>%1, उत्तर प्रदेश से</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="111" />
      <source>Materials: %1</source>
      <translation>सामग्री: %1</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="131" />
      <source>Made by</source>
      <translation>निर्माता</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="203" />
      <source>Meet the artisan</source>
      <translation>कारीगर से मिलें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="204" />
      <source>Their story and workshop</source>
      <translation>उनकी कहानी और कार्यशाला</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="213" />
      <source>Buyer enquiry</source>
      <translation>खरीदार पूछताछ</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="214" />
      <source>Ask about orders and trade</source>
      <translation>ऑर्डर और व्यापार के बारे में पूछें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="224" />
      <source>Save contact</source>
      <translation>संपर्क सहेजें</translation>
    </message>
    <message>
      <location filename="../qml/Kiosk/ProductPage.qml" line="225" />
      <source>Works without internet</source>
      <translation>इंटरनेट के बिना भी काम करता है</translation>
    </message>
  </context>
</TS>