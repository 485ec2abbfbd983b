<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ArtisanPage</name>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="44"/>
        <source>Artisan</source>
        <translation>कारीगर</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="45"/>
        <source>Cooperative</source>
        <translation>सहकारी समिति</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="46"/>
        <source>Producer</source>
        <translation>उत्पादक</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="47"/>
        <source>Artisan cluster</source>
        <translation>कारीगर क्लस्टर</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="61"/>
        <source>Works in %1, Uttar Pradesh</source>
        <translation>%1, उत्तर प्रदेश में काम करते हैं</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="69"/>
        <source>All products of %1</source>
        <translation>%1 के सभी उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="83"/>
        <source>Their products</source>
        <translation>इनके उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="138"/>
        <source>Meet the artisan</source>
        <translation>कारीगर से मिलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="139"/>
        <source>Their story and workshop</source>
        <translation>उनकी कहानी और कार्यशाला</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="149"/>
        <source>Save contact</source>
        <translation>संपर्क सहेजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ArtisanPage.qml" line="150"/>
        <source>Works without internet</source>
        <translation>इंटरनेट के बिना भी काम करता है</translation>
    </message>
</context>
<context>
    <name>CraftTile</name>
    <message numerus="yes">
        <location filename="../qml/Kiosk/CraftTile.qml" line="72"/>
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
        <location filename="../qml/Kiosk/CraftsPage.qml" line="12"/>
        <source>Explore by craft</source>
        <translation>शिल्प के अनुसार देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/CraftsPage.qml" line="13"/>
        <source>Choose a craft to see its products from across Uttar Pradesh.</source>
        <translation>कोई शिल्प चुनें और पूरे उत्तर प्रदेश से उसके उत्पाद देखें।</translation>
    </message>
</context>
<context>
    <name>DistrictMap</name>
    <message>
        <location filename="../qml/Kiosk/DistrictMap.qml" line="26"/>
        <source>Map of the districts</source>
        <translation>ज़िलों का नक्शा</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DistrictMap.qml" line="215"/>
        <source>Whole state</source>
        <translation>पूरा प्रदेश</translation>
    </message>
</context>
<context>
    <name>DistrictsPage</name>
    <message>
        <location filename="../qml/Kiosk/DistrictsPage.qml" line="12"/>
        <source>Explore by district</source>
        <translation>ज़िले के अनुसार देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/DistrictsPage.qml" line="13"/>
        <source>Every district of Uttar Pradesh has its own signature product.</source>
        <translation>उत्तर प्रदेश के हर ज़िले का अपना विशिष्ट उत्पाद है।</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../qml/Kiosk/GalleryPage.qml" line="12"/>
        <source>Featured crafts</source>
        <translation>विशेष शिल्प</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/GalleryPage.qml" line="13"/>
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
        <location filename="../qml/Kiosk/HomePage.qml" line="42"/>
        <source>One District One Product</source>
        <translation>एक ज़िला एक उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="51"/>
        <source>Crafted in Uttar Pradesh, Admired by the World!</source>
        <translation>उत्तर प्रदेश में निर्मित, दुनिया भर में सराहा गया!</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="60"/>
        <source>75 districts, each with a signature craft passed down through generations.</source>
        <translation>75 ज़िले, हर एक की अपनी पहचान वाली कला, जो पीढ़ियों से चली आ रही है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="82"/>
        <source>Explore by craft</source>
        <translation>शिल्प के अनुसार देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="83"/>
        <source>Silk, brass, glass, clay, wood and more</source>
        <translation>रेशम, पीतल, काँच, मिट्टी, लकड़ी और बहुत कुछ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="92"/>
        <source>Explore by district</source>
        <translation>ज़िले के अनुसार देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="93"/>
        <source>All 75 districts of Uttar Pradesh</source>
        <translation>उत्तर प्रदेश के सभी 75 ज़िले</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="102"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="103"/>
        <source>Find a product, a craft or a place by name</source>
        <translation>नाम से कोई उत्पाद, शिल्प या जगह खोजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="112"/>
        <source>Featured crafts</source>
        <translation>विशेष शिल्प</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="113"/>
        <source>Masterpieces chosen for the Expo</source>
        <translation>एक्सपो के लिए चुनी गई उत्कृष्ट कृतियाँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="122"/>
        <source>My shortlist</source>
        <translation>मेरी शॉर्टलिस्ट</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/HomePage.qml" line="124"/>
        <source>%n product(s) saved: take them with you in one QR code</source>
        <translation>
            <numerusform>%n उत्पाद सहेजा गया: एक QR कोड में साथ ले जाएँ</numerusform>
            <numerusform>%n उत्पाद सहेजे गए: एक QR कोड में सब साथ ले जाएँ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/HomePage.qml" line="126"/>
        <source>Collect products and take them with you in one QR code</source>
        <translation>उत्पाद चुनें और एक QR कोड में सब साथ ले जाएँ</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="39"/>
        <source>Are you still there?</source>
        <translation>क्या आप अभी भी यहाँ हैं?</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/IdleOverlay.qml" line="55"/>
        <source>Touch anywhere to keep exploring.</source>
        <translation>देखते रहने के लिए कहीं भी छुएँ।</translation>
    </message>
</context>
<context>
    <name>KeyboardKey</name>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="25"/>
        <source>Space</source>
        <translation>स्पेस</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="26"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/KeyboardKey.qml" line="27"/>
        <source>Clear</source>
        <translation>सब मिटाएँ</translation>
    </message>
</context>
<context>
    <name>LowReachBand</name>
    <message>
        <location filename="../qml/Kiosk/LowReachBand.qml" line="32"/>
        <source>Low reach is on: everything stands within reach below.</source>
        <translation>लो-रीच चालू है: सब कुछ नीचे पहुँच में है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachBand.qml" line="42"/>
        <source>The button at the bottom right turns it off.</source>
        <translation>नीचे दाईं ओर का बटन इसे बंद करता है।</translation>
    </message>
</context>
<context>
    <name>LowReachButton</name>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="18"/>
        <source>Low reach: on</source>
        <translation>लो-रीच: चालू</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="18"/>
        <source>Low reach: off</source>
        <translation>लो-रीच: बंद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/LowReachButton.qml" line="19"/>
        <source>Brings the top of every screen within reach</source>
        <translation>हर स्क्रीन का ऊपरी भाग पहुँच में लाता है</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="17"/>
        <source>Explore by district</source>
        <translation>ज़िले के अनुसार देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="18"/>
        <source>Tap a district to see what it makes. Pinch to zoom.</source>
        <translation>किसी ज़िले को छूकर उसके उत्पाद देखें। ज़ूम करने के लिए दो उँगलियाँ फैलाएँ।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/MapPage.qml" line="28"/>
        <source>A–Z list</source>
        <translation>अ–ज़ सूची</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="26"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="32"/>
        <source>Home</source>
        <translation>होम</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="39"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/NavBar.qml" line="56"/>
        <source>One District One Product · Uttar Pradesh</source>
        <translation>एक ज़िला एक उत्पाद · उत्तर प्रदेश</translation>
    </message>
</context>
<context>
    <name>PhotoCarousel</name>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="22"/>
        <source>Photo coming soon</source>
        <translation>फ़ोटो जल्द आ रही है</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="48"/>
        <source>Photo %1 of %2, full screen</source>
        <translation>फ़ोटो %1 / %2, पूरी स्क्रीन पर</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/PhotoCarousel.qml" line="70"/>
        <source>Illustrative image</source>
        <translation>सांकेतिक चित्र</translation>
    </message>
</context>
<context>
    <name>ProductCard</name>
    <message>
        <location filename="../qml/Kiosk/ProductCard.qml" line="65"/>
        <source>GI tag</source>
        <translation>जीआई टैग</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCard.qml" line="79"/>
        <source>Added in %1</source>
        <translation>%1 में जोड़ा गया</translation>
    </message>
</context>
<context>
    <name>ProductCodes</name>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="76"/>
        <source>Meet the artisan</source>
        <translation>कारीगर से मिलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="77"/>
        <source>Their story and workshop</source>
        <translation>उनकी कहानी और कार्यशाला</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="86"/>
        <source>Buyer enquiry</source>
        <translation>खरीदार पूछताछ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="87"/>
        <source>Ask about orders and trade</source>
        <translation>ऑर्डर और व्यापार के बारे में पूछें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="100"/>
        <source>Save contact</source>
        <translation>संपर्क सहेजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductCodes.qml" line="101"/>
        <source>Works without internet</source>
        <translation>इंटरनेट के बिना भी काम करता है</translation>
    </message>
</context>
<context>
    <name>ProductStory</name>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="36"/>
        <source>GI tag · Geographical Indication</source>
        <translation>जीआई टैग · भौगोलिक संकेत</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="45"/>
        <source>Added to the ODOP list in %1</source>
        <translation>%1 में ओडीओपी सूची में जोड़ा गया</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="55"/>
        <source>Product no. %1</source>
        <translation>उत्पाद सं. %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="73"/>
        <source>From %1, Uttar Pradesh</source>
        <translation>%1, उत्तर प्रदेश से</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="91"/>
        <source>On your shortlist</source>
        <translation>शॉर्टलिस्ट में है</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="92"/>
        <source>Add to shortlist</source>
        <translation>शॉर्टलिस्ट में जोड़ें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="93"/>
        <source>Shortlist full (%1)</source>
        <translation>शॉर्टलिस्ट भर गई (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="104"/>
        <source>My shortlist (%1)</source>
        <translation>मेरी शॉर्टलिस्ट (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="119"/>
        <source>Materials: %1</source>
        <translation>सामग्री: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="139"/>
        <location filename="../qml/Kiosk/ProductStory.qml" line="181"/>
        <source>Meet the maker</source>
        <translation>बनाने वालों से मिलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ProductStory.qml" line="160"/>
        <source>Made by</source>
        <translation>निर्माता</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="16"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="17"/>
        <source>Type a product, a craft, a material or a place.</source>
        <translation>कोई उत्पाद, शिल्प, सामग्री या जगह टाइप करें।</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/SearchPage.qml" line="18"/>
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n उत्पाद मिला</numerusform>
            <numerusform>%n उत्पाद मिले</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="52"/>
        <source>Nothing found for “%1”.</source>
        <translation>“%1” के लिए कुछ नहीं मिला।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="53"/>
        <source>Results appear here as you type.</source>
        <translation>टाइप करते ही नतीजे यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="61"/>
        <source>Try fewer letters, or look through the crafts.</source>
        <translation>कम अक्षर आज़माएँ, या शिल्पों में देखें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="62"/>
        <source>Or look through the crafts of Uttar Pradesh.</source>
        <translation>या उत्तर प्रदेश के शिल्पों में देखें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="68"/>
        <source>Explore by craft</source>
        <translation>शिल्प के अनुसार देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/SearchPage.qml" line="167"/>
        <source>Type to search</source>
        <translation>खोजने के लिए टाइप करें</translation>
    </message>
</context>
<context>
    <name>ShortlistPage</name>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="18"/>
        <source>My shortlist</source>
        <translation>मेरी शॉर्टलिस्ट</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="20"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n उत्पाद</numerusform>
            <numerusform>%n उत्पाद</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="21"/>
        <source>room for %n</source>
        <translation>
            <numerusform>%n और की जगह</numerusform>
            <numerusform>%n और की जगह</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="89"/>
        <source>One code for your whole shortlist</source>
        <translation>पूरी शॉर्टलिस्ट के लिए एक कोड</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="97"/>
        <source>Scan it with your phone to open a buyer-enquiry page listing these products, ready to send to the makers.</source>
        <translation>इसे अपने फ़ोन से स्कैन करें: इन उत्पादों के साथ खरीदार पूछताछ का पेज खुलेगा, कारीगरों को भेजने के लिए तैयार।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="115"/>
        <source>Your shortlist is empty</source>
        <translation>आपकी शॉर्टलिस्ट खाली है</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="123"/>
        <source>Tap “Add to shortlist” on any product to collect it here. When you are done, one QR code takes the whole list to your phone.</source>
        <translation>किसी भी उत्पाद पर “शॉर्टलिस्ट में जोड़ें” दबाएँ, वह यहाँ जुड़ जाएगा। फिर एक ही QR कोड पूरी सूची आपके फ़ोन तक ले जाएगा।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ShortlistPage.qml" line="129"/>
        <source>See featured crafts</source>
        <translation>चुनिंदा शिल्प देखें</translation>
    </message>
</context>
<context>
    <name>ShortlistRow</name>
    <message>
        <location filename="../qml/Kiosk/ShortlistRow.qml" line="91"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>StaffBarChart</name>
    <message>
        <location filename="../qml/Kiosk/StaffBarChart.qml" line="23"/>
        <source>Nothing yet today.</source>
        <translation>आज अभी तक कुछ नहीं।</translation>
    </message>
</context>
<context>
    <name>StaffDoctorPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="19"/>
        <source>Doctor</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="20"/>
        <source>Checking… this takes a few seconds.</source>
        <translation>जाँच हो रही है… इसमें कुछ सेकंड लगते हैं।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="21"/>
        <source>The same checks as kiosk-admin doctor, one line each.</source>
        <translation>kiosk-admin doctor वाली ही जाँचें, हर एक की एक पंक्ति।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffDoctorPage.qml" line="30"/>
        <source>Run the checks</source>
        <translation>जाँच चलाएँ</translation>
    </message>
</context>
<context>
    <name>StaffInstallPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="21"/>
        <source>%1 can be installed: catalogue version %2.</source>
        <translation>%1 इंस्टॉल किया जा सकता है: कैटलॉग संस्करण %2।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="22"/>
        <source>%1 can be installed.</source>
        <translation>%1 इंस्टॉल किया जा सकता है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="23"/>
        <source>%1 matches the catalogue shown: nothing to change.</source>
        <translation>%1 दिखाए जा रहे कैटलॉग जैसा ही है: बदलने को कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="24"/>
        <source>%1 is not newer than the catalogue shown: nothing to install.</source>
        <translation>%1 दिखाए जा रहे कैटलॉग से नया नहीं है: इंस्टॉल करने को कुछ नहीं।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="25"/>
        <source>%1 was refused.</source>
        <translation>%1 अस्वीकार किया गया।</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="26"/>
        <source>%1 was refused: %n problem(s).</source>
        <translation>
            <numerusform>%1 अस्वीकार किया गया: %n समस्या।</numerusform>
            <numerusform>%1 अस्वीकार किया गया: %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="28"/>
        <source>Installed %1.</source>
        <translation>%1 इंस्टॉल हो गया।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="29"/>
        <source>%1 is not a catalogue: the kiosk installs bundles (.zip, made by kiosk-admin bundle) and spreadsheets (.xlsx or .csv).</source>
        <translation>%1 कैटलॉग नहीं है: कियोस्क बंडल (.zip, kiosk-admin bundle से बने) और स्प्रेडशीट (.xlsx या .csv) इंस्टॉल करता है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="30"/>
        <source>%1 is a spreadsheet the kiosk cannot read: save it as an Excel workbook (.xlsx) or as CSV UTF-8 (.csv) and try again.</source>
        <translation>%1 ऐसी स्प्रेडशीट है जिसे कियोस्क पढ़ नहीं सकता: इसे Excel वर्कबुक (.xlsx) या CSV UTF-8 (.csv) के रूप में सहेजें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="31"/>
        <source>The kiosk could not read %1.</source>
        <translation>कियोस्क %1 नहीं पढ़ सका।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="35"/>
        <source>%1: %2 added, %3 changed, %4 removed</source>
        <translation>%1: %2 जोड़े, %3 बदले, %4 हटाए</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="38"/>
        <source>%n new photo file(s).</source>
        <translation>
            <numerusform>%n नई फ़ोटो फ़ाइल।</numerusform>
            <numerusform>%n नई फ़ोटो फ़ाइलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="41"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… और %n समस्या।</numerusform>
            <numerusform>… और %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="45"/>
        <source>A backup of the catalogue shown now is taken first.</source>
        <translation>पहले अभी दिखाए जा रहे कैटलॉग का बैकअप लिया जाता है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="47"/>
        <source>Backup: %1</source>
        <translation>बैकअप: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="49"/>
        <source>Nothing was changed. The bundle is damaged or was not made by kiosk-admin bundle: copy it onto the stick again.</source>
        <translation>कुछ नहीं बदला गया। बंडल खराब है या kiosk-admin bundle से नहीं बना: इसे फिर से स्टिक पर कॉपी करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="51"/>
        <source>Nothing was changed. Correct the file on a computer (kiosk-admin import --dry-run lists the same problems) and try again.</source>
        <translation>कुछ नहीं बदला गया। फ़ाइल को कंप्यूटर पर ठीक करें (kiosk-admin import --dry-run यही समस्याएँ दिखाता है) और फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="53"/>
        <source>Make the bundle again from the newer catalogue (kiosk-admin bundle), or install this one with kiosk-admin import --force.</source>
        <translation>नए कैटलॉग से बंडल फिर से बनाएँ (kiosk-admin bundle), या इसे kiosk-admin import --force से इंस्टॉल करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="63"/>
        <source>Install a catalogue</source>
        <translation>कैटलॉग इंस्टॉल करें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="65"/>
        <source>Looking in: %1</source>
        <translation>यहाँ देखा जा रहा है: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="66"/>
        <source>No USB stick found. Insert one, wait a moment, then tap Look again.</source>
        <translation>कोई USB स्टिक नहीं मिली। एक लगाएँ, थोड़ा रुकें, फिर “फिर से देखें” दबाएँ।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="75"/>
        <source>Look again</source>
        <translation>फिर से देखें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="122"/>
        <source>Catalogue bundle</source>
        <translation>कैटलॉग बंडल</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="123"/>
        <source>Spreadsheet</source>
        <translation>स्प्रेडशीट</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="124"/>
        <source>Not a catalogue</source>
        <translation>कैटलॉग नहीं है</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="143"/>
        <source>No catalogue files here. The kiosk installs bundles (.zip) and spreadsheets (.xlsx, .csv).</source>
        <translation>यहाँ कोई कैटलॉग फ़ाइल नहीं है। कियोस्क बंडल (.zip) और स्प्रेडशीट (.xlsx, .csv) इंस्टॉल करता है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="165"/>
        <source>Checking the file… nothing is changed.</source>
        <translation>फ़ाइल की जाँच हो रही है… कुछ नहीं बदला जाता।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="166"/>
        <source>Installing…</source>
        <translation>इंस्टॉल हो रहा है…</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="167"/>
        <source>Tap a file to check it. Nothing is installed before you confirm.</source>
        <translation>जाँचने के लिए किसी फ़ाइल पर टैप करें। आपकी पुष्टि से पहले कुछ भी इंस्टॉल नहीं होता।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffInstallPage.qml" line="216"/>
        <source>Install %1</source>
        <translation>%1 इंस्टॉल करें</translation>
    </message>
</context>
<context>
    <name>StaffLeavePage</name>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="19"/>
        <source>Restart or leave</source>
        <translation>पुनः आरंभ या बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="23"/>
        <source>Close the panel</source>
        <translation>पैनल बंद करें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="28"/>
        <source>Back to the attract loop, ready for visitors.</source>
        <translation>आगंतुकों के लिए तैयार, आकर्षण स्लाइड पर वापस।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="33"/>
        <source>Restart the kiosk</source>
        <translation>कियोस्क पुनः आरंभ करें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="39"/>
        <source>The kiosk program stops and starts again within a few seconds.</source>
        <translation>कियोस्क प्रोग्राम रुकता है और कुछ सेकंड में फिर शुरू होता है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="44"/>
        <source>Leave kiosk mode</source>
        <translation>कियोस्क मोड से बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffLeavePage.qml" line="51"/>
        <source>Asks for the PIN again. The kiosk stops and is not started again: the screen shows the computer&apos;s text console. Restart the computer to bring the kiosk back.</source>
        <translation>PIN फिर से माँगा जाता है। कियोस्क रुक जाता है और दोबारा शुरू नहीं होता: स्क्रीन पर कंप्यूटर का टेक्स्ट कंसोल दिखता है। कियोस्क वापस लाने के लिए कंप्यूटर पुनः आरंभ करें।</translation>
    </message>
</context>
<context>
    <name>StaffMenuPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="13"/>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="14"/>
        <source>Hide or show, feature or unfeature, on this kiosk</source>
        <translation>इस कियोस्क पर छिपाएँ या दिखाएँ, विशेष बनाएँ या हटाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="15"/>
        <source>Idle timeout</source>
        <translation>निष्क्रिय समय-सीमा</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="16"/>
        <source>How long before the kiosk asks if anyone is there</source>
        <translation>कियोस्क कितनी देर बाद पूछे कि कोई है या नहीं</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="17"/>
        <source>Install a catalogue</source>
        <translation>कैटलॉग इंस्टॉल करें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="18"/>
        <source>From a USB stick or the install folder</source>
        <translation>USB स्टिक या इंस्टॉल फ़ोल्डर से</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="19"/>
        <source>Statistics</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="20"/>
        <source>Today&apos;s visits, as charts</source>
        <translation>आज की विज़िट, चार्ट के रूप में</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="21"/>
        <source>Doctor</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="22"/>
        <source>Check the catalogue, photos, QR codes and fonts</source>
        <translation>कैटलॉग, फ़ोटो, QR कोड और फ़ॉन्ट जाँचें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="23"/>
        <source>Restart or leave</source>
        <translation>पुनः आरंभ या बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffMenuPage.qml" line="24"/>
        <source>Restart the kiosk or leave kiosk mode</source>
        <translation>कियोस्क पुनः आरंभ करें या कियोस्क मोड से बाहर निकलें</translation>
    </message>
</context>
<context>
    <name>StaffOverlay</name>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="46"/>
        <source>Menu</source>
        <translation>मेनू</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="56"/>
        <source>Staff panel</source>
        <translation>स्टाफ़ पैनल</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffOverlay.qml" line="77"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>StaffPinPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="50"/>
        <source>Leave kiosk mode</source>
        <translation>कियोस्क मोड से बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="50"/>
        <source>Staff panel</source>
        <translation>स्टाफ़ पैनल</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="61"/>
        <source>Wrong PIN. Try again in %1.</source>
        <translation>गलत PIN। %1 बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="62"/>
        <source>Wrong PIN. Try again.</source>
        <translation>गलत PIN। फिर कोशिश करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="64"/>
        <source>Enter the staff PIN again to leave kiosk mode.</source>
        <translation>कियोस्क मोड से बाहर निकलने के लिए स्टाफ़ PIN फिर से डालें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="65"/>
        <source>Enter the staff PIN.</source>
        <translation>स्टाफ़ PIN डालें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="107"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="108"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffPinPage.qml" line="118"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>StaffProductRow</name>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="42"/>
        <source>Hidden here</source>
        <translation>यहाँ छिपा है</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="43"/>
        <source>Featured</source>
        <translation>विशेष</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="60"/>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="65"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="65"/>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="70"/>
        <source>Unfeature</source>
        <translation>विशेष से हटाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductRow.qml" line="70"/>
        <source>Feature</source>
        <translation>विशेष बनाएँ</translation>
    </message>
</context>
<context>
    <name>StaffProductsPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="24"/>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="25"/>
        <source>Changes made here stay on this kiosk, whatever catalogue is installed.</source>
        <translation>यहाँ किए गए बदलाव इसी कियोस्क पर रहते हैं, चाहे कोई भी कैटलॉग इंस्टॉल हो।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="36"/>
        <source>All products</source>
        <translation>सभी उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="42"/>
        <source>Changed here: %1</source>
        <translation>यहाँ बदले गए: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="49"/>
        <source>Undo all</source>
        <translation>सब पूर्ववत करें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="62"/>
        <source>Search: %1</source>
        <translation>खोज: %1</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="63"/>
        <source>Type on the keyboard to find a product.</source>
        <translation>उत्पाद खोजने के लिए कीबोर्ड पर टाइप करें।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="101"/>
        <source>Nothing is changed on this kiosk.</source>
        <translation>इस कियोस्क पर कुछ नहीं बदला गया है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffProductsPage.qml" line="102"/>
        <source>No product found.</source>
        <translation>कोई उत्पाद नहीं मिला।</translation>
    </message>
</context>
<context>
    <name>StaffStatsPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="13"/>
        <source>Visits per hour</source>
        <translation>प्रति घंटा विज़िट</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="14"/>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="15"/>
        <source>QR codes shown</source>
        <translation>दिखाए गए QR कोड</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="16"/>
        <source>Most viewed products</source>
        <translation>सबसे ज़्यादा देखे गए उत्पाद</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="19"/>
        <source>Meet the artisan</source>
        <translation>कारीगर से मिलें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="20"/>
        <source>Buyer enquiry</source>
        <translation>खरीदार पूछताछ</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="21"/>
        <source>Save contact</source>
        <translation>संपर्क सहेजें</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="22"/>
        <source>My shortlist</source>
        <translation>मेरी शॉर्टलिस्ट</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="40"/>
        <source>Statistics</source>
        <translation>आँकड़े</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="41"/>
        <source>Today so far, on this kiosk. kiosk-admin stats gives every day, as CSV and charts.</source>
        <translation>इस कियोस्क पर आज अब तक। kiosk-admin stats हर दिन के आँकड़े CSV और चार्ट में देता है।</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="46"/>
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>आज %n विज़िट</numerusform>
            <numerusform>आज %n विज़िट</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffStatsPage.qml" line="47"/>
        <source>average %1 s</source>
        <translation>औसत %1 सेकंड</translation>
    </message>
</context>
<context>
    <name>StaffTimeoutPage</name>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="20"/>
        <source>Idle timeout</source>
        <translation>निष्क्रिय समय-सीमा</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="21"/>
        <source>Seconds without a touch before the kiosk asks “Are you still there?” and then returns to its attract loop.</source>
        <translation>कितने सेकंड बिना छुए कियोस्क पूछे “क्या आप अभी भी यहाँ हैं?” और फिर आकर्षण स्लाइड पर लौट जाए।</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="26"/>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="50"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="36"/>
        <source>Set in this panel. It wins over the machine file and the catalogue.</source>
        <translation>इस पैनल में तय किया गया। यह मशीन फ़ाइल और कैटलॉग पर भारी पड़ता है।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="37"/>
        <source>From the machine file.</source>
        <translation>मशीन फ़ाइल से।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="38"/>
        <source>From the catalogue.</source>
        <translation>कैटलॉग से।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="39"/>
        <source>The default.</source>
        <translation>डिफ़ॉल्ट।</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/StaffTimeoutPage.qml" line="59"/>
        <source>Use the machine&apos;s setting</source>
        <translation>मशीन की सेटिंग इस्तेमाल करें</translation>
    </message>
</context>
<context>
    <name>ViewerPage</name>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="71"/>
        <source>Illustrative image</source>
        <translation>सांकेतिक चित्र</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="89"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../qml/Kiosk/ViewerPage.qml" line="99"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
</TS>
