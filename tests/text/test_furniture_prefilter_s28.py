"""Session 28, brief P5: `furniture_kind` runs a pattern only when the text holds the literals its
matches need (`text/furniture_needs.py`). No pattern may match a text the prefilter skips it on; a
plain sentence skips the long patterns; a character re.I folds to ASCII (ſ, K, ı, İ) runs them all."""

import pytest

from newsweave.text import furniture
from newsweave.text.furniture_needs import NEEDS, possible_patterns

# One fictional text per branch of the long patterns (credit, caption, related, newsletter, promo,
# cookie, archive, widget, meta) and the short ones the prefilter guards.
BRANCHES = [
    "Photo courtesy of the Fennick Rowing Club.", "Picture credit Ada Quill.", "Courtesy of the Marrowby museum.",
    "The pier at dawn. Getty Images", "A gull on the rail. AP Photo", "Swans on the lake. PA Wire", "Shutterstock",
    "Photo: Ada Quill", "Photograph: Ada Quill", "The boathouse (Photo by Ada Quill)", "File photo of the pier.",
    "Images via the Fennick archive.", "Source: Reuters", "The quay at night. AFP / Ada Quill", "Image source, Fennick council",
    "Still from a video of the storm.", "Rainfall in May. Source: Fennick weather office.",
    "In this photo taken on a pier, gulls circle.", "This undated handout shows the ferry.", "Above: the old bridge.",
    "Main image, the quay.", "Rowers on the lake in Fennick, Tuesday, March 3, 2020.",
    "Crowds at the pier, Sunday, May 3, 2020, before the race.",
    "Related: Ferry fares rise", "Read more >> the boat race", "See also - the harbour plan", "Watch: the launch",
    "[Gallery of the regatta]", "(Fennick Gazette)", "Click here for the timetable.", "Read more",
    "Sign up for our free briefing.", "Sign up", "Subscribe to the Gazette.", "Our newsletter arrives on Fridays.",
    "Subscribers can log in here.", "Already a subscriber?", "Get unlimited digital access.", "Delivered to your inbox.",
    "Breaking news e-mails from the Gazette.", "Delivered every weekday.", "Unsubscribe at any time.",
    "Thanks for subscribing!", "Invalid email address.", "Please enter a valid email.", "Please re-enter.",
    "An unexpected error has occurred.", "We've sent you a verification link.", "Check your spam folder.",
    "Confirmation email: thanks for signing up.", "Activate your account.",
    "Download now", "Download the free Gazette app.", "Available now on Android.", "Read it in the Fennick News app.",
    "You might also like these stories.", "Join the conversation.", "Leave your comments below.",
    "We use cookies to improve your experience.", "We use cookies.", "Your browser is out of date.",
    "Please enable JavaScript to view the map.", "JavaScript is disabled.", "JavaScript seems to be turned off here.",
    "Turn JavaScript on.", "It works without JavaScript.", "We eliminated the JavaScript.", "Read our privacy policy.",
    "Terms of use apply.", "Please turn off your ad blocker.", "Please disable your filter.",
    "All rights reserved.", "Copyright 2021 Fennick Gazette.", "© Fennick Gazette", "This material may not be copied.",
    "It may not be redistributed.", "This article was originally published in 2019.",
    "An earlier version of this story was corrected.", "Ada Quill contributed to this report.", "The Wayback Machine.",
    "For personal, non-commercial use only.", "Order reprints here.", "Presentation-ready copies are offered.",
    "These crawls are shared.", "Webcrawl data was donated.", "Report broken links.", "This report is published every day.",
    "Have a news tip?", "Follow her on social media.", "Email him at the desk.", "Contact the reporter.",
    "Correction: the ferry is blue.", "Updated at noon.", "Last modified today.", "We welcome your feedback.",
    "Comments are closed.", "7 PM UPDATE: Adds the vote count.",
    "Add location information to your Tweets.", "Tweet location history.", "pic.twitter.com/abc", "Embedded video",
    "Share this story.", "Facebook | Twitter | Email", "Play video", "Continue reading", "Skip ad", "Loading...",
    "See https://example.org", "Visit www.example.org", "Advertisement", "The story goes on. Advertisement",
    "This video is no longer available.", "Autoplay", "Buy this domain.", "The IP address for the site.", "DNS",
    "The page you requested was not found.", "Error 404", "Temporarily unavailable.", "Please try again.", "Learn more",
    "Crawl of outlinks from the site.", "Add Fennick rowing as an interest.", "Email this story",
    "More in this article about the ferry.", "The chart below shows rainfall.", "Below video: the race.",
    "In the video above, rowers train.", "This list covers every ferry.",
    "Ada QuillQuill: the race went on MORE the crews rested.", "Embed more news videos here.", "The crew rowed on...",
]
PLAIN = "The Fennick ferry carried 40 passengers across the lake on a calm morning."


@pytest.mark.parametrize("text", BRANCHES)
def test_no_pattern_matches_a_text_the_prefilter_skips(text):
    possible = possible_patterns(text.strip())
    assert [kind for (kind, pattern), ok in zip(furniture._KINDS, possible) if pattern.search(text.strip()) and not ok] == []
    assert furniture._kind(text) is not None  # each is furniture of some kind


def test_a_plain_sentence_skips_the_long_patterns():
    possible = possible_patterns(PLAIN)
    assert [kind for (kind, _), ok in zip(NEEDS, possible) if ok] == ["meta", "teaser", "video", "video", "label", "byline"]
    assert furniture._kind(PLAIN) is None


def test_characters_folded_by_re_ignorecase_run_every_pattern():
    odd = "Click to ſubſcribe"  # ſ matches s under re.I, but lower() keeps it
    assert "subscri" not in odd.lower() and all(possible_patterns(odd))
    assert furniture._kind(odd) == "newsletter"
    assert all(possible_patterns("Share the \u212aayak club photos"))


def test_the_prefilter_follows_the_patterns():
    assert [kind for kind, _ in NEEDS] == [kind for kind, _ in furniture._KINDS]
