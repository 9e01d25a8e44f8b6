"""Who counts as a reader: bots by their user agent, and the verdicts' cache."""

import random

import pytest
from crawlerdetect import CrawlerDetect
from django.test import Client

from articles import visitors
from articles.visitors import is_bot
from tests.factories import make_article, shown

# HTTP clients and tools that were counted as readers, as they send their agent by default.
HTTP_CLIENTS = {
    "node-fetch 2": "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "node-fetch 3": "node-fetch",
    "axios": "axios/1.7.9",
    "Java HttpURLConnection": "Java/17.0.13",
    "libwww-perl": "libwww-perl/6.77",
    "Postman": "PostmanRuntime/7.43.0",
    "python-httpx": "python-httpx/0.28.1",
    "aiohttp": "Python/3.12 aiohttp/3.11.11",
    "headless Chrome": (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "HeadlessChrome/131.0.6778.33 Safari/537.36"
    ),
    "Google-InspectionTool, mobile": (
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.6778.204 Mobile Safari/537.36 (compatible; Google-InspectionTool/1.0;)"
    ),
    "Google-InspectionTool, desktop": "Mozilla/5.0 (compatible; Google-InspectionTool/1.0;)",
}

# Clients the list does not name, told by this site's supplement.
SUPPLEMENT = {
    "Node's own fetch": "node",
    "Deno's fetch": "Deno/2.1.4",
    "Bun's fetch": "Bun/1.1.38",
    "Java HttpClient": "Java-http-client/21.0.5",
    "Bluesky link cards": "Mozilla/5.0 (compatible; Bluesky Cardyb/1.1; +mailto:support@bsky.app)",
}

CRAWLERS_AND_PREVIEWERS = {
    "Googlebot": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Googlebot smartphone": (
        "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.6778.204 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
    ),
    "bingbot": (
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) "
        "Chrome/131.0.0.0 Safari/537.36"
    ),
    "YandexBot": "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "GPTBot": "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "AhrefsBot": "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "curl": "curl/8.11.1",
    "CURL": "CURL/7.88.1",
    "Wget": "Wget/1.25.0",
    "python-requests": "python-requests/2.32.3",
    "Go-http-client 1.1": "Go-http-client/1.1",
    "Go-http-client 2": "Go-http-client/2.0",
    "okhttp": "okhttp/4.12.0",
    "Scrapy": "Scrapy/2.12.0 (+https://scrapy.org)",
    "Twitterbot": "Twitterbot/1.0",
    "Slackbot": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Discordbot": "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "LinkedInBot": "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "facebookexternalhit": "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "TelegramBot": "TelegramBot (like TwitterBot)",
    "WhatsApp": "WhatsApp/2.23.20.0",
    "WhatsApp on Android": "WhatsApp/2.24.25.78 A",
    "WhatsApp on iPhone": "WhatsApp/2.24.24.78 i",
}

BROWSERS = {
    "Chrome on Windows": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36"
    ),
    "Chrome on macOS": (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36"
    ),
    "Chrome on Linux": (
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
    ),
    "Firefox on Windows": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Firefox on Ubuntu": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Firefox on Android": "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
    "Safari on macOS": (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.2 Safari/605.1.15"
    ),
    "Edge": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
        "Safari/537.36 Edg/131.0.0.0"
    ),
    "Safari on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.2 Mobile/15E148 Safari/604.1"
    ),
    "Safari on iPad": (
        "Mozilla/5.0 (iPad; CPU OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.2 Mobile/15E148 Safari/604.1"
    ),
    "Chrome on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "CriOS/131.0.6778.134 Mobile/15E148 Safari/604.1"
    ),
    "Chrome on Android": (
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Mobile Safari/537.36"
    ),
    "Samsung Internet": (
        "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
        "SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36"
    ),
    "Yandex Browser on Windows": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
        "YaBrowser/24.12.0.0 Safari/537.36"
    ),
    "Yandex Browser on macOS": (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
        "YaBrowser/24.12.0.0 Yowser/2.5 Safari/537.36"
    ),
    "Yandex Browser on Android": (
        "Mozilla/5.0 (Linux; arm_64; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/130.0.6723.116 YaBrowser/24.12.3.116.00 SA/3 Mobile Safari/537.36"
    ),
    "Yandex Browser on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.0 YaBrowser/24.12.4.534.10 SA/3 Mobile/15E148 Safari/604.1"
    ),
    "Yandex app on Android": (
        "Mozilla/5.0 (Linux; arm_64; Android 13; SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/124.0.6367.219 YandexSearch/24.42.1 YandexSearchBrowser/24.42.1 BroPP/1.0 SA/3 Mobile Safari/537.36"
    ),
    "Opera": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
        "Safari/537.36 OPR/116.0.0.0"
    ),
    "Opera on Android": (
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
        "Mobile Safari/537.36 OPR/86.0.0.0"
    ),
    "Vivaldi": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
        "Safari/537.36 Vivaldi/7.0.3495.27"
    ),
    "DuckDuckGo on Android": (
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 "
        "Mobile DuckDuckGo/5 Safari/537.36"
    ),
    "DuckDuckGo on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.1 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15"
    ),
    "Facebook app on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Mobile/22B91 [FBAN/FBIOS;FBAV/492.0.0.63.109;FBBV/668716836;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;"
        "FBSV/18.1.1;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]"
    ),
    # The carrier's name is in the agent: "Orange Botswana" has "bot" in it.
    "Facebook app on iPhone, carrier Orange Botswana": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 11_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Mobile/15G77 [FBAN/FBIOS;FBAV/194.0.0.38.99;FBBV/127868476;FBDV/iPhone7,2;FBMD/iPhone;FBSN/iOS;"
        "FBSV/11.4.1;FBSS/2;FBCR/OrangeBotswana;FBID/phone;FBLC/en_GB;FBOP/5;FBRV/128807018]"
    ),
    "Facebook app on Android": (
        "Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/131.0.6778.39 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/490.0.0.50.81;]"
    ),
    "Messenger on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Mobile/15E148 [FBAN/MessengerForiOS;FBAV/487.0.0.45.109;FBBV/660914444;FBDV/iPhone14,5;FBMD/iPhone;"
        "FBSN/iOS;FBSV/18.1;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/0]"
    ),
    "Instagram app on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Mobile/15E148 Instagram 358.0.0.20.78 (iPhone14,5; iOS 18_1; en_US; en; scale=3.00; 1170x2532; "
        "664181380; IABMV/1)"
    ),
    "Instagram app on Android": (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 Instagram 352.0.0.38.100 Android "
        "(34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; en_US; 648293744)"
    ),
    "Instagram app on an OPPO phone": (
        "Mozilla/5.0 (Linux; Android 15; CPH2557 Build/AP3A.240617.008; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/142.0.7444.142 Mobile Safari/537.36 Instagram 406.0.0.58.159 Android "
        "(35/15; 480dpi; 1080x2400; OPPO; CPH2557; OP573DL1; mt6833; en_MY; 822918295; IABMV/1) NV/1"
    ),
    "Telegram app on Android": (
        "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/131.0.6778.81 Mobile Safari/537.36 Telegram-Android/11.5.3 "
        "(Samsung SM-A536B; Android 13; SDK 33; AVERAGE)"
    ),
    "Pinterest app on Android": (
        "Mozilla/5.0 (Linux; Android 14; SM-G991B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/131.0.6778.81 Mobile Safari/537.36 [Pinterest/Android]"
    ),
    "VK app on Android": (
        "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Version/4.0 Chrome/131.0.6778.81 Mobile Safari/537.36 VKAndroidApp/8.110-16660 "
        "(Android 13; SDK 33; arm64-v8a; samsung SM-A536B; ru; 2340x1080)"
    ),
    "an iPhone app's web view": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
    ),
    "Google app on iPhone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "GSA/343.0.695551749 Mobile/15E148 Safari/604.1"
    ),
}


def cases(agents: dict[str, str]) -> list:
    return [pytest.param(agent, id=name) for name, agent in agents.items()]


@pytest.mark.parametrize("agent", cases(HTTP_CLIENTS))
def test_http_libraries_headless_browsers_and_inspection_tools_are_bots(agent):
    assert is_bot(agent) is True


@pytest.mark.parametrize("agent", cases(SUPPLEMENT))
def test_runtime_fetches_and_link_cards_the_list_misses_are_bots(agent):
    assert is_bot(agent) is True


@pytest.mark.parametrize("agent", cases(CRAWLERS_AND_PREVIEWERS))
def test_crawlers_previewers_and_command_line_clients_are_bots(agent):
    assert is_bot(agent) is True


@pytest.mark.parametrize("agent", ["", " ", "   ", "\t\r\n"])
def test_an_empty_or_blank_agent_is_a_bot(agent):
    assert is_bot(agent) is True


@pytest.mark.parametrize("agent", cases(BROWSERS))
def test_browsers_and_in_app_browsers_are_readers(agent):
    assert is_bot(agent) is False


def test_an_agent_is_judged_by_its_first_characters_only():
    # The cap bounds the matching work on hostile input: what follows it is not read.
    assert is_bot("Mozilla/5.0 " + "a" * 1_000_000 + " Googlebot") is False
    assert is_bot("Mozilla/5.0 (compatible; Googlebot/2.1) " + "a" * 1_000_000) is True


def test_an_agent_is_matched_once_per_worker(monkeypatch):
    calls = []

    def listed(agent):
        calls.append(agent)
        return False

    monkeypatch.setattr(visitors, "matches_bot_list", listed)
    agent = BROWSERS["Chrome on Windows"] + " test_an_agent_is_matched_once_per_worker"
    assert [is_bot(agent) for _ in range(3)] == [False, False, False]
    assert is_bot(f"  {agent}  ") is False  # the same agent, as sent with spaces around it
    assert calls == [agent]


def _spliced(rng: random.Random, agents: list[str]) -> str:
    """Pieces of real agents glued together: bots, browsers and neither, to compare two matchers on."""
    pieces = [rng.choice(agents) for _ in range(rng.randint(1, 3))]
    return " ".join(p[rng.randrange(len(p)) : rng.randrange(len(p) + 1)] for p in pieces).strip() or "x"


def test_the_compiled_list_gives_crawlerdetects_verdicts():
    # matches_bot_list compiles CrawlerDetect's patterns its own way, for speed:
    # it must say what CrawlerDetect says, but for the supplement.
    library = CrawlerDetect()
    known = [*HTTP_CLIENTS.values(), *CRAWLERS_AND_PREVIEWERS.values(), *BROWSERS.values()]
    rng = random.Random(8)
    agents = [*known, *(_spliced(rng, known) for _ in range(3000))]
    supplemented = {agent for agent in agents if visitors.SUPPLEMENT_BOTS.search(agent.lower())} | {
        agent for agent in agents if visitors.SUPPLEMENT_EXCLUSIONS.search(agent)
    }
    differ = [
        agent
        for agent in agents
        if agent not in supplemented and visitors.matches_bot_list(agent) != library.is_crawler(agent)
    ]
    assert differ == []
    assert len(supplemented) < len(agents) / 10  # most of them were compared


@pytest.mark.django_db
@pytest.mark.parametrize(
    "agent",
    cases({name: {**HTTP_CLIENTS, **SUPPLEMENT}[name] for name in ("axios", "headless Chrome", "Node's own fetch")}),
)
def test_an_http_client_reading_the_page_is_not_counted(agent):
    article = make_article()
    response = Client(HTTP_USER_AGENT=agent).get(article.get_absolute_url("hy"))
    assert response.status_code == 200
    assert "visitor" not in response.cookies
    assert shown(article, "hy")[0] == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    "agent", cases({name: BROWSERS[name] for name in ("Yandex app on Android", "Instagram app on an OPPO phone")})
)
def test_an_in_app_browser_reading_the_page_is_counted(agent):
    article = make_article()
    response = Client(HTTP_USER_AGENT=agent).get(article.get_absolute_url("hy"))
    assert response.status_code == 200
    assert "visitor" in response.cookies
    assert shown(article, "hy")[0] == 1
