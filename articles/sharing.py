"""The share networks: their labels and the address each one takes a link at."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Network:
    code: str
    name: str
    label: str


# The order is the order of the buttons.
NETWORKS = {
    network.code: network
    for network in [
        Network("facebook", "Facebook", _("Share on Facebook")),
        Network("x", "X", _("Share on X")),
        Network("telegram", "Telegram", _("Share on Telegram")),
        Network("vk", "VK", _("Share on VK")),
        Network("whatsapp", "WhatsApp", _("Share on WhatsApp")),
        Network("email", "E-mail", _("Send by e-mail")),
    ]
}


def share_address(network: str, *, url: str, title: str) -> str:
    """The address that opens `network`'s share dialog for `url`."""
    if network == "facebook":
        return "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})
    if network == "x":
        return "https://x.com/intent/post?" + urlencode({"url": url, "text": title})
    if network == "telegram":
        return "https://t.me/share/url?" + urlencode({"url": url, "text": title})
    if network == "vk":
        return "https://vk.com/share.php?" + urlencode({"url": url, "title": title})
    if network == "whatsapp":
        return "https://wa.me/?" + urlencode({"text": f"{title} {url}"})
    if network == "email":
        return f"mailto:?subject={quote(title)}&body={quote(url)}"
    raise ValueError(f"Unknown network {network!r}.")
