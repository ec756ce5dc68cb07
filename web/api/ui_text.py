"""The words of the web pages (landing page, patients' chat, operators' lookup) in a page's UI locale.

The pages hold no text of their own: they ask for this table and fill in their labels, so every
word they show goes through the same gettext catalogs as the assistant's replies. Texts with a
`{name}` placeholder are completed by the page.
"""

from __future__ import annotations

from typing import Final, Literal

from fastapi import APIRouter

from locales import N_, gettext

router = APIRouter(prefix="/api/ui-text", tags=["pages"])

UiLocale = Literal["en", "zh", "ja", "de", "fr"]

#: Key -> English source text of every label the pages show.
UI_TEXTS: Final[dict[str, str]] = {
    # Shared by the pages
    "app_name": N_("MedNav"),
    "emergency_banner": N_("Emergency? Call 120"),
    "emergency_call": N_("Call 120"),
    "emergency_24h": N_("24 h emergency"),
    "direct_billing": N_("Direct billing"),
    "taxi_driver": N_("Show this to the taxi driver"),
    "phone": N_("Phone"),
    "languages": N_("Languages"),
    "website": N_("Website"),
    "ui_language": N_("Language"),
    "ui_language_auto": N_("Auto"),
    "yes": N_("Yes"),
    "no": N_("No"),
    # Landing page
    "home_title": N_("MedNav: hospitals for foreign patients in Chengdu"),
    "home_intro": N_("Find a hospital in Chengdu that speaks your language and bills your insurer directly."),
    "home_chat": N_("Chat with the assistant"),
    "home_chat_about": N_("For patients: ask in English, Japanese, German or French."),
    "home_lookup": N_("Hospital lookup"),
    "home_lookup_about": N_("For hotline operators: filter the directory and read out names and addresses."),
    "home_api": N_("API documentation"),
    "home_api_about": N_("For developers and administrators: search, import and export the directory."),
    # Patients' chat
    "chat_title": N_("MedNav assistant"),
    "chat_welcome": N_(
        "Hello! Tell me what you need, for example “an English-speaking dentist” or "
        "“a hospital with Cigna direct billing”."
    ),
    "chat_messages": N_("Conversation"),
    "chat_you": N_("You"),
    "chat_assistant": N_("Assistant"),
    "chat_message_label": N_("Your message"),
    "chat_placeholder": N_("Type your question…"),
    "chat_send": N_("Send"),
    "chat_new_conversation": N_("New conversation"),
    "chat_reply_language": N_("Reply language"),
    "chat_connecting": N_("Connecting…"),
    "chat_connected": N_("Connected"),
    "chat_unreachable": N_("Could not reach the assistant"),
    "chat_offline_hint": N_("Messages can be sent again once the assistant is reachable."),
    "chat_hospitals_total": N_("Matching hospitals: {total}"),
    "chat_hospitals_shown": N_("Showing the best {shown}."),
    "chat_no_hospital": N_("No hospital matches"),
    "chat_call": N_("Call {phone}"),
    "chat_open": N_("Ask MedNav"),
    "chat_close": N_("Close the chat"),
    "chat_not_answering": N_(
        "The assistant is not answering. Please try again in a moment, or call the hotline."
    ),
    "card_desk": N_("International desk"),
    "card_departments": N_("Departments"),
    "card_verified_on": N_("Facts checked on {date}"),
    "map_open_in": N_("Open in maps:"),
    "map_amap": N_("Amap"),
    "map_baidu": N_("Baidu Maps"),
    "map_apple": N_("Apple Maps"),
    "map_of_results": N_("Map of the hospitals"),
    "copy": N_("Copy"),
    "copied": N_("Copied"),
    "copy_taxi": N_("Copy Chinese name and address"),
    "copy_failed": N_("Could not copy; select the text instead"),
    # Operators' lookup
    "lookup_title": N_("Hospital lookup"),
    "lookup_filters": N_("Filters"),
    "lookup_languages": N_("Languages served (all must match)"),
    "lookup_other_language": N_("Other language"),
    "lookup_other_language_hint": N_("Code or name, e.g. ko or Korean; separate several with commas"),
    "lookup_specialty": N_("Specialty"),
    "lookup_insurer": N_("Direct billing with insurer"),
    "lookup_district": N_("District"),
    "lookup_any": N_("Any"),
    "lookup_emergency": N_("24 h emergency department"),
    "lookup_direct_billing": N_("Direct billing with any insurer"),
    "lookup_name": N_("Name contains"),
    "lookup_name_placeholder": N_("Hospital name in any language"),
    "lookup_display_locale": N_("Show names in"),
    "lookup_search": N_("Search"),
    "lookup_reset": N_("Clear filters"),
    "lookup_searching": N_("Searching…"),
    "lookup_results": N_("Results"),
    "lookup_total": N_("Hospitals found: {total}"),
    "lookup_range": N_("Showing {first}–{last} of {total}"),
    "lookup_no_match": N_("No hospital matches"),
    "lookup_previous": N_("Previous"),
    "lookup_next": N_("Next"),
    "lookup_page_size": N_("Per page"),
    "lookup_not_understood": N_("Some filters were not understood:"),
    "lookup_failed": N_("The search failed: {error}"),
    "lookup_col_name": N_("Name"),
    "lookup_col_name_zh": N_("Chinese name"),
    "lookup_col_district": N_("District"),
    "lookup_col_address_zh": N_("Chinese address"),
    "lookup_col_phone": N_("Phone"),
    "lookup_col_desk": N_("International desk"),
    "lookup_col_languages": N_("Languages"),
    "lookup_col_billing": N_("Direct billing"),
    "lookup_col_emergency": N_("24 h ED"),
    "lookup_col_verified": N_("Verified on"),
    "lookup_col_departments": N_("Departments"),
    "lookup_col_notes": N_("Notes"),
    "lookup_col_maps": N_("Maps"),
    "lookup_near": N_("Nearest first from a point"),
    "lookup_near_hint": N_("Latitude, longitude (GPS), e.g. from the caller's phone"),
    "lookup_distance": N_("{km} km away"),
    "lookup_copy": N_("Copy Chinese name and address"),
    "lookup_copy_short": N_("Copy"),
    "lookup_copied": N_("Copied"),
    "lookup_copy_failed": N_("Could not copy; select the text instead"),
}


@router.get("", summary="Every label of the web pages, translated into a UI locale")
def ui_text(locale: UiLocale = "en") -> dict[str, str]:
    return {key: gettext(locale, text) for key, text in UI_TEXTS.items()}
