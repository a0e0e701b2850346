"""report.html in a real headless Chromium (Debian's chromium + chromium-driver, via selenium).

No console errors, no network requests, the expected counts and rows, working filters (by
keyboard), readable without JavaScript, and markup injected through a news source, the
manifest and the source article shown as text, never run. `.ci/install-chromium` installs the
browser; under CI (CI=true) these tests must run, so a missing browser fails them there.
With --update-golden the screenshot is saved as drafts/report.png.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mergekit.cli import main

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
PWNED = "document.title='pwned'"

if not (CHROMIUM.exists() and DRIVER.exists()):
    if os.environ.get("CI") == "true":
        raise RuntimeError("CI: chromium and chromium-driver are missing; .ci/install-chromium installs them")
    pytest.skip("no /usr/bin/chromium and /usr/bin/chromedriver (sh .ci/install-chromium)", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402


def _browser(*, javascript: bool = True):
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1200,1400", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(str(DRIVER)), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = _browser()
    yield driver
    driver.quit()


def _open(driver, page: Path) -> None:
    driver.get_log("browser"), driver.get_log("performance")  # empty the logs
    driver.get(page.resolve().as_uri())


def _requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _visible(driver, css: str) -> int:
    return sum(1 for el in driver.find_elements(By.CSS_SELECTOR, css) if el.is_displayed())


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("seed")
    assert CliRunner().invoke(main, ["run", str(ROOT / "seeds"), "--out", str(out)]).exit_code == 0
    return out / "report.html", json.loads((out / "flags.json").read_text())


def test_seed_report_counts_rows_no_errors_no_requests(browser, seed_report, tmp_path, update_golden):
    page, doc = seed_report
    _open(browser, page)
    assert browser.title == f"Merge report: {doc['source']['title']} into {doc['target']['title']}"
    assert browser.get_log("browser") == []
    assert _requests(browser) == [page.resolve().as_uri()]
    listed = [f for f in doc["findings"] if f["article"] == "source" and f["kind"] != "already_in_target"]
    assert _visible(browser, "#findings .finding") == len(listed)
    assert _visible(browser, "#sentences .sentence") == len(doc["sentences"])
    assert len(browser.find_elements(By.CSS_SELECTOR, "#clusters table.cluster")) == len(doc["clusters"])
    for kind in {f["kind"] for f in doc["findings"]}:
        row = browser.find_element(By.CSS_SELECTOR, f'#kind-counts tr[data-kind="{kind}"]')
        cells = [td.text for td in row.find_elements(By.TAG_NAME, "td")]
        mine = [f for f in doc["findings"] if f["kind"] == kind]
        assert cells[:2] == [str(sum(f["article"] == "source" for f in mine)),
                             str(sum(f["article"] == "target" for f in mine))]
    rows = browser.find_elements(By.CSS_SELECTOR, "#sources tbody tr")
    assert [r.find_element(By.TAG_NAME, "td").text for r in rows] == [n["file"] for n in doc["news"]]
    # every verdict is also written as a label, not only a colour
    for el in browser.find_elements(By.CSS_SELECTOR, "#sentences .sentence h3 .label"):
        assert el.text.strip()
    shot = tmp_path / "report.png"
    browser.execute_script("document.getElementById('findings').scrollIntoView()")
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if update_golden:
        shutil.copy(shot, ROOT / "drafts" / "report.png")


@pytest.mark.parametrize("width", [400, 1280])
def test_nothing_overflows_the_window(browser, seed_report, width):
    """At a phone's width as on a desktop, no table or cell runs past the window's edge:
    columns such as "Decided in review" or a source's outlet and date stay in view."""
    page, _ = seed_report
    browser.set_window_size(width, 1000)
    try:
        _open(browser, page)
        past = browser.execute_script(
            "const w = document.documentElement.clientWidth;"
            "return [...document.querySelectorAll('main *')]"
            ".filter(el => el.getBoundingClientRect().right > w + 1)"
            ".map(el => el.tagName + (el.id ? '#' + el.id : '')).slice(0, 5);")
        assert past == []
        assert browser.execute_script(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    finally:
        browser.set_window_size(1200, 1400)


def test_filters_work_by_keyboard(browser, seed_report):
    page, doc = seed_report
    _open(browser, page)
    listed = [f for f in doc["findings"] if f["article"] == "source" and f["kind"] != "already_in_target"]
    contradicted = sum(f["kind"] == "contradicted" for f in listed)
    box = browser.find_element(By.CSS_SELECTOR, '#findings fieldset input[value="contradicted"]')
    box.send_keys(Keys.SPACE)  # focus and toggle from the keyboard
    assert not box.is_selected()
    assert _visible(browser, "#findings .finding") == len(listed) - contradicted
    shown = browser.find_element(By.CSS_SELECTOR, "#findings fieldset .shown").text
    assert shown == f"Showing {len(listed) - contradicted} of {len(listed)}."
    box.send_keys(Keys.SPACE)
    assert _visible(browser, "#findings .finding") == len(listed)
    verdicts = {s["verdict"] for s in doc["sentences"]}
    for verdict in verdicts:
        browser.find_element(By.CSS_SELECTOR, f'#sentences fieldset input[value="{verdict}"]').send_keys(Keys.SPACE)
    assert _visible(browser, "#sentences .sentence") == 0
    assert browser.get_log("browser") == []


def test_readable_without_javascript(seed_report):
    page, doc = seed_report
    driver = _browser(javascript=False)
    try:
        _open(driver, page)
        assert _visible(driver, "#sentences .sentence") == len(doc["sentences"])
        assert _visible(driver, "fieldset") == 0  # the filters need JavaScript, so they stay hidden
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("hostile") / "input"
    shutil.copytree(ROOT / "tests" / "cases" / "merges" / "harbour" / "input", src)
    tags = (f"<script>{PWNED}</script><img src=x onerror=\"{PWNED}\">"
            f"<a href=\"javascript:{PWNED}\">more</a>")
    news = src / "b.txt"
    news.write_text(news.read_text().replace("during the stoppage.", f"during the stoppage {tags}."))
    article = src / "Old_harbour_strike.txt"
    article.write_text(article.read_text().replace("The harbour has 12 berths.", f"The harbour has 12 berths {tags}."))
    manifest = src / "merge.toml"
    # merge.toml refuses a url that is no web address (a javascript: one), so the url is a web
    # address that tries to leave its attribute; the work carries the javascript: link
    hostile_url = f'https://adriatic.example/strike"><script>{PWNED}</script>" onmouseover="{PWNED}'
    manifest.write_text(manifest.read_text().replace('url = "https://adriatic.example/strike"',
                                                     f"url = {json.dumps(hostile_url)}\nwork = {json.dumps(tags)}"))
    out = src.parent / "out"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out / "report.html"


def test_injected_markup_is_shown_as_text_and_never_runs(browser, hostile_report):
    html = hostile_report.read_text()
    assert "<script>document" not in html and "<img" not in html and 'href="javascript' not in html
    _open(browser, hostile_report)
    assert browser.title.startswith("Merge report")  # no injected script changed it
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
    assert browser.find_elements(By.CSS_SELECTOR, "[onmouseover]") == []  # the url never left its attribute
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 1  # the page's own
    text = browser.find_element(By.TAG_NAME, "body").text
    assert f"<script>{PWNED}</script>" in text  # shown, as text
    assert f"javascript:{PWNED}" in text
    assert browser.get_log("browser") == []
    assert _requests(browser) == [hostile_report.resolve().as_uri()]


@pytest.fixture(scope="module")
def home_report(tmp_path_factory) -> tuple[Path, dict, str]:
    """A tuning case whose destination has a section on the source's subject ("Data breach" in
    "Optus"), its heading carrying markup as entities (text a reader sees, never markup)."""
    src = tmp_path_factory.mktemp("home") / "input"
    shutil.copytree(ROOT / "tests" / "cases" / "real" / "optus-data-breach" / "input", src)
    destination = src / "Optus.wikitext"
    destination.write_text(destination.read_text().replace(
        "== Data breach ==", "== Data breach &lt;script&gt;document.title='pwned'&lt;/script&gt; =="))
    out = src.parent / "out"
    assert CliRunner().invoke(main, ["run", str(src), "--out", str(out)]).exit_code == 0
    result = CliRunner().invoke(main, ["report", "--out", str(out)])  # the terminal's report
    assert result.exit_code == 0, result.output
    return out / "report.html", json.loads((out / "flags.json").read_text()), result.output


def test_the_section_already_on_the_subject_is_shown_first_as_text(browser, home_report):
    page, doc, terminal = home_report
    section = "Data breach <script>document.title='pwned'</script>"
    assert doc["home"]["section"] == section
    _open(browser, page)
    assert browser.title.startswith("Merge report") and len(browser.find_elements(By.TAG_NAME, "script")) == 1
    home = browser.find_element(By.ID, "home")
    assert home.is_displayed()
    # Where an editor deciding where the text goes looks: at the top of the summary, before the counts.
    assert home.location["y"] < browser.find_element(By.ID, "kind-counts").location["y"]
    assert browser.find_element(By.CSS_SELECTOR, 'nav a[href="#home"]').text == "Where the text goes"
    text = home.text
    assert f"has a section \u201c{section}\u201d on the subject of \u201c2022 Optus data breach\u201d" in text
    assert "new section, \u201c2022 Optus data breach\u201d" in text and "--section" in text
    assert [li.text for li in home.find_elements(By.TAG_NAME, "li")] == doc["home"]["evidence"]
    assert browser.get_log("browser") == []
    assert terminal.splitlines()[1] == (
        f"The destination already has a section on this subject, {section!r} ({'; '.join(doc['home']['evidence'])}): "
        f"the draft adds a new section; to merge into that one, run again with --section {section!r}")


def test_no_home_no_notice(browser, seed_report):
    page, doc = seed_report
    assert doc["home"] is None
    _open(browser, page)
    assert browser.find_elements(By.ID, "home") == [] and browser.find_elements(By.CSS_SELECTOR, 'nav a[href="#home"]') == []
