"""End to end: the real server on loopback, driven by headless Chromium.

Screenshots land in artifacts/screenshots/ (look at them: they are the design review)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from .conftest import EXAMPLE, ROOT, TOKEN, WEB_DATA
from .server import CHROMEDRIVER, CHROMIUM, chromium, running_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]
SHOTS = ROOT / "artifacts" / "screenshots"

if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    pytest.skip("Chromium is not installed: run scripts/chromium.sh", allow_module_level=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("e2e")
    with running_server(f"sqlite:///{tmp / 'e2e.db'}", token=TOKEN, log_path=tmp / "server.log") as base:
        files = [("files", (p.name, p.read_bytes())) for p in sorted(EXAMPLE.iterdir())]
        r = httpx.post(base + "/api/articles", files=files, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert r.status_code == 200 and r.json()["new_articles"] == 5, r.text
        hostile = json.loads((WEB_DATA / "hostile.json").read_text())
        r = httpx.post(base + "/api/articles", json=hostile, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
        assert r.status_code == 200, r.text
        yield {"base": base, "hostile": r.json()["articles"][0]}


@pytest.fixture(scope="module")
def browser():
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver = chromium()
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _shot(driver, name: str) -> Path:
    path = SHOTS / f"{name}.png"
    driver.save_screenshot(str(path))
    return path


def test_browse_search_open_story_and_click_a_citation(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    base, d = site["base"], browser
    wait = WebDriverWait(d, 15)
    d.get(base + "/")
    assert len(d.find_elements(By.CSS_SELECTOR, ".story-card")) >= 1
    _shot(d, "01-stories")

    box = d.find_element(By.ID, "q")
    box.send_keys("Lindqvist")  # only the example story quotes him
    box.submit()
    wait.until(EC.url_contains("q=Lindqvist"))
    cards = d.find_elements(By.CSS_SELECTOR, ".story-card")
    assert len(cards) == 1 and "5 ARTICLES · 5 OUTLETS" in cards[0].text.upper()
    _shot(d, "02-search")

    cards[0].find_element(By.CSS_SELECTOR, "a.story-link").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".summary a.cite")))
    story_id = d.current_url.rstrip("/").rsplit("/", 1)[1]
    report = httpx.get(f"{base}/api/stories/{story_id}").json()
    texts = {a["id"]: a for a in report["articles"]}

    chip = d.find_elements(By.CSS_SELECTOR, ".summary a.cite")[0]
    chip.click()
    pop = wait.until(EC.visibility_of_element_located((By.ID, "cite-pop")))
    article = texts[chip.get_attribute("data-article")]
    start = int(chip.get_attribute("data-start"))
    shown = pop.find_element(By.CSS_SELECTOR, ".cite-text").text
    expected = next(c["text"] for s in report["summary"]["sentences"] for c in s["citations"]
                    if c["article_id"] == article["id"] and c["start"] == start)
    assert " ".join(shown.split()) == " ".join(expected.split())
    assert article["text"][start:].startswith(expected)
    assert pop.find_element(By.CSS_SELECTOR, ".cite-outlet").text.lower() == article["outlet"].lower()
    _shot(d, "03-story-citation")

    pop.find_element(By.CSS_SELECTOR, ".cite-open").click()
    wait.until(EC.url_contains(f"/articles/{article['id']}"))
    target = d.find_element(By.ID, f"s-{start}")
    assert " ".join(target.text.split()) == " ".join(expected.split())
    assert d.find_element(By.CSS_SELECTOR, "a.back-link").get_attribute("href").endswith(f"/stories/{story_id}")
    _shot(d, "04-article")

    # Escape closes the pop-over; a second click on another chip moves it.
    d.back()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".summary a.cite")))
    chips = d.find_elements(By.CSS_SELECTOR, ".summary a.cite")
    chips[-1].click()
    pop = wait.until(EC.visibility_of_element_located((By.ID, "cite-pop")))
    assert " ".join(pop.find_element(By.CSS_SELECTOR, ".cite-text").text.split()) == " ".join(chips[-1].get_attribute("data-text").split())
    d.find_element(By.TAG_NAME, "body").send_keys("\ue00c")  # Escape
    wait.until(EC.invisibility_of_element_located((By.ID, "cite-pop")))


def test_phone_layout_has_no_sideways_scroll(site):
    from selenium.webdriver.common.by import By

    d = chromium(390, 844, phone=True)
    try:
        d.get(site["base"] + "/")
        _shot(d, "05-phone-stories")
        d.find_element(By.CSS_SELECTOR, "a.story-link").click()
        d.find_element(By.CSS_SELECTOR, ".summary a.cite")
        _shot(d, "06-phone-story")
        story_url = d.current_url
        d.get(d.find_element(By.CSS_SELECTOR, ".summary a.cite").get_attribute("href"))
        _shot(d, "07-phone-article")
        for url in ("/", "/?q=footbridge", story_url, d.current_url.split("#")[0]):
            d.get(url if url.startswith("http") else site["base"] + url)
            sticking_out = d.execute_script(
                "const w = document.documentElement.clientWidth;"
                "return Array.from(document.querySelectorAll('body *')).filter(e =>"
                " !e.closest('.matrix-wrap') && e.getBoundingClientRect().right > w + 1)"
                ".map(e => e.tagName + '.' + e.className)")
            assert d.execute_script("return document.documentElement.clientWidth") == 390
            assert sticking_out == [], (url, sticking_out[:5])
    finally:
        d.quit()


def test_hostile_text_stays_text_in_the_browser(site, browser):
    from selenium.webdriver.common.by import By

    base, d, hostile = site["base"], browser, site["hostile"]
    pages = ["/", "/?q=ferry", f"/stories/{hostile['story_id']}", f"/articles/{hostile['id']}"]
    for url in pages:
        d.get(base + url)
        assert d.execute_script("return window.__pwned === undefined"), url
        bad = d.execute_script(
            "return Array.from(document.querySelectorAll('*')).filter(e =>"
            " ['IMG','SVG','IFRAME','OBJECT','EMBED'].includes(e.tagName.toUpperCase()) ||"
            " Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on') ||"
            "   (['href','src'].includes(a.name) && a.value.trim().toLowerCase().startsWith('javascript:')))"
            ").map(e => e.outerHTML.slice(0, 80))")
        assert bad == [], (url, bad)
        scripts = d.execute_script("return Array.from(document.scripts).map(s => s.src)")
        assert scripts == [base + "/static/app.js"], (url, scripts)
    # Shown as text on the article page.
    assert "<script>window.__pwned=5</script>" in d.find_element(By.CSS_SELECTOR, ".article-text").text
    _shot(d, "08-hostile-article")
    d.get(base + f"/stories/{hostile['story_id']}")
    chips = d.find_elements(By.CSS_SELECTOR, "a.cite")
    if chips:
        chips[0].click()
        assert d.execute_script("return window.__pwned === undefined")
    _shot(d, "09-hostile-story")
