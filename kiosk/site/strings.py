"""The website's own words in English, Hindi and Japanese. Words the kiosk also shows are
taken from the kiosk's translations (kiosk/ui/i18n), so each is translated once. Catalogue
texts come from the catalogue, never from here."""

from kiosk.languages import LANGUAGES
from kiosk.translations import ui_words as _ui

_WORDS: dict[str, dict[str, str]] = {
    "site_name": _ui("One District One Product · Uttar Pradesh"),
    "banner": _ui("Crafted in Uttar Pradesh, Admired by the World!"),
    "intro": _ui("75 districts, each with a signature craft passed down through generations."),
    "home": _ui("Home"),
    "crafts": {"en": "Crafts", "hi": "शिल्प", "ja": "工芸"},
    "districts": {"en": "Districts", "hi": "ज़िले", "ja": "県"},
    "explore_crafts": _ui("Explore by craft"),
    "explore_crafts_sub": _ui("Choose a craft to see its products from across Uttar Pradesh."),
    "explore_districts": _ui("Explore by district"),
    "explore_districts_sub": _ui("Every district of Uttar Pradesh has its own signature product."),
    "featured": _ui("Featured crafts"),
    "featured_sub": _ui("Masterpieces chosen for the Expo"),
    "products_count": {"en": "{n} products", "hi": "{n} उत्पाद", "ja": "{n} 点の製品"},
    "product_count_one": {"en": "1 product", "hi": "1 उत्पाद", "ja": "1 点の製品"},
    "products": {"en": "Products", "hi": "उत्पाद", "ja": "製品"},
    "pages": {"en": "Pages", "hi": "पृष्ठ", "ja": "ページ"},
    "page_of": {
        "en": "page {n} of {total}",
        "hi": "पृष्ठ {n} / {total}",
        "ja": "{n} / {total} ページ",
    },
    "previous": {"en": "Previous", "hi": "पिछला", "ja": "前へ"},
    "next": {"en": "Next", "hi": "अगला", "ja": "次へ"},
    "from_district": {
        "en": "From {district}, Uttar Pradesh",
        "hi": "{district}, उत्तर प्रदेश से",
        "ja": "ウッタル・プラデーシュ州 {district} より",
    },
    "district": {"en": "District", "hi": "ज़िला", "ja": "県"},
    "division": {"en": "Division", "hi": "मंडल", "ja": "管区"},
    "craft": {"en": "Craft", "hi": "शिल्प", "ja": "工芸"},
    "materials": {"en": "Materials", "hi": "सामग्री", "ja": "素材"},
    "gi_tag": _ui("GI tag · Geographical Indication"),
    "product_no": _ui("Product no. %1"),
    "added_in": _ui("Added in %1"),
    "added_to_odop": _ui("Added to the ODOP list in %1"),
    "yes": {"en": "Yes", "hi": "हाँ", "ja": "あり"},
    "no": {"en": "No", "hi": "नहीं", "ja": "なし"},
    "made_by": _ui("Made by"),
    "illustrative": _ui("Illustrative image"),
    "no_photo": _ui("Photo coming soon"),
    "photos": {"en": "Photos", "hi": "फ़ोटो", "ja": "写真"},
    "meet_artisan": _ui("Meet the artisan"),
    "their_products": {"en": "Their products", "hi": "इनके उत्पाद", "ja": "この作り手の製品"},
    "artisans_here": {"en": "Artisans and producers", "hi": "कारीगर और उत्पादक", "ja": "つくり手"},
    "kind_cluster": {"en": "Producer cluster", "hi": "उत्पादक क्लस्टर", "ja": "生産者クラスター"},
    "kind_cooperative": {"en": "Cooperative", "hi": "सहकारी समिति", "ja": "協同組合"},
    "kind_artisan": {"en": "Artisan", "hi": "कारीगर", "ja": "職人"},
    "kind_producer": {"en": "Producer", "hi": "उत्पादक", "ja": "生産者"},
    "contact": {"en": "Contact", "hi": "संपर्क", "ja": "連絡先"},
    "phone": {"en": "Phone", "hi": "फ़ोन", "ja": "電話"},
    "email": {"en": "E-mail", "hi": "ईमेल", "ja": "メール"},
    "website": {"en": "Website", "hi": "वेबसाइट", "ja": "ウェブサイト"},
    "enquiry": _ui("Buyer enquiry"),
    "enquiry_sub": _ui("Ask about orders and trade"),
    "enquiry_intro": {
        "en": "Ask the pavilion team about orders and trade for the products below.",
        "hi": "नीचे दिए उत्पादों के ऑर्डर और व्यापार के बारे में पवेलियन टीम से पूछें।",
        "ja": "下記の製品のご注文・お取引について、パビリオンのスタッフにお問い合わせください。",
    },
    "enquiry_products": {
        "en": "Products in your enquiry",
        "hi": "आपकी पूछताछ में उत्पाद",
        "ja": "お問い合わせの製品",
    },
    "enquiry_none": {
        "en": "No product chosen yet: choose “Buyer enquiry” on a product's page.",
        "hi": "अभी कोई उत्पाद नहीं चुना गया: किसी उत्पाद के पेज पर “खरीदार पूछताछ” चुनें।",
        "ja": "まだ製品が選ばれていません。製品ページの「バイヤーお問い合わせ」を選んでください。",
    },
    "enquiry_unknown": {
        "en": "Not in the catalogue: ",
        "hi": "सूची में नहीं: ",
        "ja": "カタログにない製品：",
    },
    "enquiry_failed": {
        "en": "The product list could not be loaded; please reload the page.",
        "hi": "उत्पाद सूची लोड नहीं हो सकी; कृपया पेज दोबारा लोड करें।",
        "ja": "製品リストを読み込めませんでした。ページを再読み込みしてください。",
    },
    "enquiry_form": {"en": "Write your enquiry", "hi": "अपनी पूछताछ भेजें", "ja": "お問い合わせを送る"},
    "enquiry_write_to": {
        "en": "Write to {email} and name the products above.",
        "hi": "{email} पर लिखें और ऊपर दिए उत्पादों के नाम बताएँ।",
        "ja": "{email} まで、上記の製品名を添えてご連絡ください。",
    },
    "enquiry_ask_staff": {
        "en": "Ask the pavilion staff, naming the products above.",
        "hi": "ऊपर दिए उत्पादों के नाम के साथ पवेलियन स्टाफ़ से पूछें।",
        "ja": "上記の製品名を添えて、パビリオンのスタッフにお尋ねください。",
    },
    "enquiry_noscript": {
        "en": "Turn on JavaScript to see the products you chose.",
        "hi": "चुने गए उत्पाद देखने के लिए JavaScript चालू करें।",
        "ja": "選んだ製品を表示するには JavaScript を有効にしてください。",
    },
    "mail_subject": {
        "en": "Buyer enquiry: One District One Product, Uttar Pradesh",
        "hi": "खरीदार पूछताछ: एक ज़िला एक उत्पाद, उत्तर प्रदेश",
        "ja": "バイヤーお問い合わせ：一県一品・ウッタル・プラデーシュ",
    },
    "mail_intro": {
        "en": "Hello,\n\nI would like to know more about these products:",
        "hi": "नमस्ते,\n\nमैं इन उत्पादों के बारे में और जानना चाहता/चाहती हूँ:",
        "ja": "こんにちは。\n\n次の製品について詳しく知りたいです：",
    },
    "mail_outro": {
        "en": "Name:\nCompany:\nCountry:\n",
        "hi": "नाम:\nकंपनी:\nदेश:\n",
        "ja": "お名前：\n会社名：\n国：\n",
    },
    "skip": {"en": "Skip to content", "hi": "सामग्री पर जाएँ", "ja": "本文へ移動"},
    "menu": {"en": "Main menu", "hi": "मुख्य मेनू", "ja": "メインメニュー"},
    "language": {"en": "Language", "hi": "भाषा", "ja": "言語"},
    "footer": {
        "en": "The Uttar Pradesh pavilion at the World Expo.",
        "hi": "वर्ल्ड एक्सपो में उत्तर प्रदेश पवेलियन।",
        "ja": "万博 ウッタル・プラデーシュ州パビリオン",
    },
    "footer_illustrative": {
        "en": "Pictures marked “Illustrative image” are drawings, not photographs of the product.",
        "hi": "“सांकेतिक चित्र” वाली तस्वीरें उत्पाद की फ़ोटो नहीं, चित्र हैं।",
        "ja": "「イメージ図」と記した画像は製品の写真ではなくイラストです。",
    },
    "not_found": {"en": "Page not found", "hi": "पेज नहीं मिला", "ja": "ページが見つかりません"},
    "choose_language": {
        "en": "Choose your language",
        "hi": "अपनी भाषा चुनें",
        "ja": "言語を選んでください",
    },
}

assert all(set(texts) == set(LANGUAGES) for texts in _WORDS.values())


def words(lang: str) -> dict[str, str]:
    """Every word of the website in `lang`."""
    return {key: texts[lang] for key, texts in _WORDS.items()}


def count_products(n: int, lang: str) -> str:
    return (
        _WORDS["product_count_one"][lang] if n == 1 else _WORDS["products_count"][lang].format(n=n)
    )
