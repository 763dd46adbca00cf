#!/usr/bin/python3
"""Drives the WordPress site that run.sh started: installs it, activates
Summar Excerpts, saves its settings through the settings page, posts an
Arabic and an English article, and checks in headless Chromium that their
excerpts and top-of-post summaries are libsummar's summaries.

Asserted, for each article (articles/*.html: the title on the first line,
then the post's HTML):
  * the summary on the home page (the excerpt) and at the top of the post
    holds the article's lead sentence and no text of the photo caption, the
    share bar, the embedded script or the copyright line;
  * it is made of the article's own sentences and equals the summary of the
    plugin's REST route (GET /summar/v1/summary/<id>);
  * it carries the language's tag and direction: the Arabic one has
    dir="rtl" and lang="ar" and Chromium lays it out right to left, the
    English one left to right;
  * WordPress's own excerpt (the same site without the extension) starts
    with the caption instead, and the admin screens then show the plugin's
    notice.
The block editor's "Automatic summary" panel summarizes the Arabic post in its
direction.  And for the REST route: anonymous GET of a published post works, anonymous
POST and a POST with the login cookie but without the REST nonce are
refused (401), a POST with the nonce summarizes unsaved content.
"""

import argparse
import html
import http.cookiejar
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

ADMIN_USER = 'summar'
ADMIN_PASS = 'e2e-' + os.urandom(9).hex()
WORDS = 45

# What each article must and must not show in its summary.
EXPECT = {
    'en': {
        'lead': 'Port Ellis switched on its new tidal barrier on Tuesday',
        'absent': ['Engineers walk along the top', 'Photograph: Lena Morris',
                   'Share on Facebook', 'Email this article', 'dataLayer',
                   'article_view', 'All rights reserved', 'Read more'],
        'dir': 'ltr',
    },
    'ar': {
        'lead': 'افتتحت السلطات المحلية صباح الثلاثاء أول محطة لتحلية مياه البحر',
        'absent': ['عمال يتفقدون الألواح الشمسية', 'تصوير: سارة المنصوري',
                   'شارك على فيسبوك', 'أرسل بالبريد', 'dataLayer',
                   'article_view', 'جميع الحقوق محفوظة', 'اقرأ أيضا'],
        'dir': 'rtl',
    },
}

failures = []


def check(cond, what):
    print(('  ok    ' if cond else '  FAIL  ') + what)
    if not cond:
        failures.append(what)
    return cond


def norm(s):
    """Whitespace collapsed, typographic quotes made plain (wptexturize
    curls quotes in excerpts)."""
    s = html.unescape(s)
    for a, b in (('\u201c', '"'), ('\u201d', '"'), ('\u2018', "'"),
                 ('\u2019', "'"), ('\u2033', '"'), ('\u2032', "'")):
        s = s.replace(a, b)
    return ' '.join(s.split())


class Site:
    """HTTP client with its own cookie jar (one per logged-in user)."""

    def __init__(self, url):
        self.url = url.rstrip('/')
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path, data=None, headers=None, method=None, as_json=False):
        body = None
        headers = dict(headers or {})
        if data is not None:
            if as_json:
                body = json.dumps(data).encode()
                headers['Content-Type'] = 'application/json'
            else:
                body = urllib.parse.urlencode(data).encode()
        req = urllib.request.Request(self.url + path, data=body, headers=headers,
                                     method=method)
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.read().decode('utf-8', 'replace')
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode('utf-8', 'replace')

    def rest(self, route, data=None, nonce=None, method=None):
        route, _, query = route.partition('?')
        path = '/?rest_route=' + urllib.parse.quote(route) + ('&' + query if query else '')
        headers = {'X-WP-Nonce': nonce} if nonce else {}
        status, text = self.request(path, data, headers, method, as_json=True)
        try:
            return status, json.loads(text)
        except ValueError:
            return status, {'raw': text[:500]}

    def login(self):
        self.jar.set_cookie(http.cookiejar.Cookie(
            0, 'wordpress_test_cookie', 'WP Cookie check', None, False,
            urllib.parse.urlsplit(self.url).hostname, False, False, '/', True,
            False, None, True, None, None, {}))
        status, text = self.request('/wp-login.php', {
            'log': ADMIN_USER, 'pwd': ADMIN_PASS, 'testcookie': '1',
            'redirect_to': self.url + '/wp-admin/'})
        if not any(c.name.startswith('wordpress_logged_in') for c in self.jar):
            sys.exit('login failed (HTTP %d)' % status)

    def nonce(self):
        status, text = self.request('/wp-admin/admin-ajax.php?action=rest-nonce')
        if status != 200 or not re.fullmatch(r'[0-9a-f]{10}', text.strip()):
            sys.exit('no REST nonce (HTTP %d: %r)' % (status, text[:200]))
        return text.strip()


def install_site(site):
    status, text = site.request('/wp-admin/install.php')
    if 'Already Installed' in text:
        sys.exit('the site is already installed: run.sh starts from an empty database')
    status, text = site.request('/wp-admin/install.php?step=2', {
        'weblog_title': 'Harbour & Coast News', 'user_name': ADMIN_USER,
        'admin_password': ADMIN_PASS, 'admin_password2': ADMIN_PASS,
        'pw_weak': '1', 'admin_email': 'editor@example.org',
        'blog_public': '0', 'language': ''})
    if status != 200 or 'Success!' not in text:
        sys.exit('wp-admin/install.php failed (HTTP %d): %s' % (status, text[:500]))
    print('site installed')


def sql(cmd, statement):
    out = subprocess.run(shlex.split(cmd) + ['-N', '-B', '-e', statement],
                         check=True, capture_output=True, text=True)
    return out.stdout


def php_serialize_list(items):
    parts = ''.join('i:%d;s:%d:"%s";' % (i, len(s.encode()), s) for i, s in enumerate(items))
    return 'a:%d:{%s}' % (len(items), parts)


def activate_plugin(sql_cmd):
    value = php_serialize_list(['summar-excerpts/summar-excerpts.php'])
    sql(sql_cmd, "UPDATE wp_options SET option_value = '%s' WHERE option_name = 'active_plugins'" % value)
    print('plugin activated through the active_plugins option')


def browser(work):
    opts = webdriver.ChromeOptions()
    opts.binary_location = '/usr/bin/chromium'
    for a in ('--headless=new', '--no-sandbox', '--disable-gpu',
              '--disable-dev-shm-usage', '--window-size=1280,1500',
              '--lang=en-US', '--user-data-dir=' + os.path.join(work, 'chromium-profile')):
        opts.add_argument(a)
    service = Service('/usr/bin/chromedriver', log_path=os.path.join(work, 'chromedriver.log'))
    return webdriver.Chrome(service=service, options=opts)


def shot(driver, work, name, full=True):
    path = os.path.join(work, 'screenshots', name + '.png')
    if full:
        height = driver.execute_script('return document.documentElement.scrollHeight')
        driver.set_window_size(1280, min(max(height, 800), 4000))
    driver.save_screenshot(path)
    driver.set_window_size(1280, 1500)
    print('screenshot', path)
    return path


def browser_login(driver, url):
    driver.get(url + '/wp-login.php')
    driver.find_element(By.ID, 'user_login').send_keys(ADMIN_USER)
    driver.find_element(By.ID, 'user_pass').send_keys(ADMIN_PASS)
    driver.find_element(By.ID, 'wp-submit').click()
    WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, 'wpadminbar')))


def save_settings(driver, url, work, placement):
    driver.get(url + '/wp-admin/options-general.php?page=summar-excerpts')
    check('libsummar' in driver.find_element(By.CLASS_NAME, 'summar-excerpts-status').text,
          'settings page says which libsummar is loaded')
    words = driver.find_element(By.ID, 'summar_excerpts_words')
    words.clear()
    words.send_keys(str(WORDS))
    Select(driver.find_element(By.ID, 'summar_excerpts_algorithm')).select_by_value('default')
    driver.find_element(By.CSS_SELECTOR, 'input[name="summar_excerpts_options[placement]"][value="%s"]'
                        % placement).click()
    shot(driver, work, 'settings', full=False)
    driver.find_element(By.ID, 'submit').click()
    WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, 'setting-error-settings_updated')))
    check(driver.find_element(By.ID, 'summar_excerpts_words').get_attribute('value') == str(WORDS),
          'settings form saved (nonce and capability accepted by options.php)')


def read_article(path):
    with open(path, encoding='utf-8') as f:
        title, body = f.read().split('\n', 1)
    return title.strip(), body


def create_posts(site, nonce, articles):
    ids = {}
    for lang in ('en', 'ar'):
        title, body = read_article(os.path.join(articles, lang + '.html'))
        status, post = site.rest('/wp/v2/posts', {
            'title': title, 'content': body, 'status': 'publish'}, nonce=nonce)
        if status != 201:
            sys.exit('creating the %s post failed (HTTP %d): %s' % (lang, status, post))
        ids[lang] = post['id']
        print('post %s: id %d, %s' % (lang, post['id'], post['link']))
    return ids


def sentences_of(body):
    """The article's paragraphs as plain text (for 'copied from the post')."""
    text = re.sub(r'<script.*?</script>', ' ', body, flags=re.S)
    return norm(re.sub(r'<[^>]+>', ' ', text))


def check_summary_text(text, lang, body, where):
    exp = EXPECT[lang]
    text = norm(text)
    check(exp['lead'] in text, '%s: %s summary holds the lead sentence' % (where, lang))
    for bad in exp['absent']:
        check(bad not in text, '%s: %s summary has no "%s"' % (where, lang, bad))
    # Every sentence of the summary is in the article (copied, not written);
    # a sentence cut to fill the budget is a prefix of one, ending in "…".
    source = sentences_of(body)
    pieces = [p for p in re.split(r'(?<=[.!?؟])\s+', text) if p]
    check(pieces and all(p.strip('"').removesuffix('…') in source for p in pieces),
          '%s: %s summary is made of the article\'s own sentences' % (where, lang))


def check_direction(driver, el, lang, where):
    exp = EXPECT[lang]
    check(el.get_attribute('dir') == exp['dir'], '%s: %s summary has dir="%s"' % (where, lang, exp['dir']))
    check((el.get_attribute('lang') or '').split('-')[0] == lang,
          '%s: %s summary has lang="%s"' % (where, lang, lang))
    computed = driver.execute_script('return getComputedStyle(arguments[0]).direction', el)
    check(computed == exp['dir'], '%s: Chromium lays the %s summary out %s' % (where, lang, computed))


def rest_checks(url, site, nonce, ids, articles):
    anon = Site(url)
    summaries = {}
    for lang, pid in ids.items():
        status, s = anon.rest('/summar/v1/summary/%d' % pid)
        check(status == 200 and s.get('paragraphs'), 'REST GET %s summary anonymously: HTTP %d' % (lang, status))
        summaries[lang] = s
        if status == 200:
            check(s['direction'] == EXPECT[lang]['dir'] and s['language'].split('-')[0] == lang,
                  'REST: %s summary is %s, %s' % (lang, s['language'], s['direction']))
    pid = ids['en']
    title, body = read_article(os.path.join(articles, 'en.html'))
    draft = body.replace('Port Ellis switched on', 'Port Ellis finally switched on')
    route = '/summar/v1/summary/%d' % pid
    status, _ = anon.rest(route, {'content': draft, 'title': title})
    check(status == 401, 'REST POST anonymously refused: HTTP %d' % status)
    status, _ = site.rest(route, {'content': draft, 'title': title})
    check(status == 401, 'REST POST with the login cookie but no nonce refused: HTTP %d' % status)
    status, s = site.rest(route, {'content': draft, 'title': title, 'words': 60}, nonce=nonce)
    check(status == 200 and 'Port Ellis finally switched on' in s.get('text', ''),
          'REST POST with the nonce summarizes the unsaved text: HTTP %d' % status)
    status, s = site.rest(route, {'content': draft, 'words': 0}, nonce=nonce)
    check(status == 400, 'REST POST with words=0 rejected by the schema: HTTP %d' % status)
    status, s = anon.rest('/summar/v1/summary/999999')
    check(status == 404, 'REST GET of a missing post: HTTP %d' % status)
    return summaries


def check_front_page(driver, url, work, ids, summaries, articles):
    driver.get(url + '/')
    excerpts = driver.find_elements(By.CSS_SELECTOR, '.summar-excerpt')
    check(len(excerpts) == 2, 'home page shows 2 summary excerpts (found %d)' % len(excerpts))
    bodies = {lang: read_article(os.path.join(articles, lang + '.html'))[1] for lang in ids}
    for el in excerpts:
        text = el.text
        lang = 'ar' if re.search('[\u0600-\u06ff]', text) else 'en'
        check_summary_text(text, lang, bodies[lang], 'home page')
        check_direction(driver, el, lang, 'home page')
        if lang in summaries and summaries[lang].get('text'):
            check(norm(text) == norm(' '.join(summaries[lang]['paragraphs'])),
                  'home page: the %s excerpt is the REST route\'s summary' % lang)
    shot(driver, work, 'front-page')
    loops = driver.find_elements(By.CSS_SELECTOR, '.wp-block-post-template')
    if loops:
        path = os.path.join(work, 'screenshots', 'excerpts.png')
        loops[0].screenshot(path)
        print('screenshot', path)
    return {('ar' if re.search('[\u0600-\u06ff]', el.text) else 'en'): norm(el.text) for el in excerpts}


def check_posts(driver, url, work, ids, articles):
    texts = {}
    for lang, pid in ids.items():
        body = read_article(os.path.join(articles, lang + '.html'))[1]
        driver.get('%s/?p=%d' % (url, pid))
        boxes = driver.find_elements(By.CSS_SELECTOR, 'aside.summar-summary')
        if check(len(boxes) == 1, 'post %s: one summary at the top' % lang):
            check_summary_text(boxes[0].text, lang, body, 'post page')
            check_direction(driver, boxes[0], lang, 'post page')
            texts[lang] = norm(boxes[0].text)
        check('dataLayer' not in driver.find_element(By.TAG_NAME, 'body').text,
              'post %s: the script is not shown as text' % lang)
        shot(driver, work, 'post-' + lang)
    return texts


def check_editor_panel(driver, url, work, ids):
    """The block editor's Automatic summary panel, through the POST route."""
    driver.get('%s/wp-admin/post.php?post=%d&action=edit' % (url, ids['ar']))
    wait = WebDriverWait(driver, 60)
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, '.edit-post-layout')))
    time.sleep(2)  # the welcome guide opens once the editor has settled
    for close in driver.find_elements(By.CSS_SELECTOR, '.components-modal__frame button[aria-label^="Close"]'):
        close.click()
    toggle = wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR,
        '.summar-excerpts-panel .components-panel__body-toggle')))
    if toggle.get_attribute('aria-expanded') != 'true':
        toggle.click()
    wait.until(EC.element_to_be_clickable((By.XPATH,
        "//*[contains(@class, 'summar-excerpts-panel')]//button[normalize-space()='Summarize']"))).click()
    box = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, '.interface-complementary-area .summar-summary')))
    check(EXPECT['ar']['lead'] in norm(box.text), 'editor panel: the Arabic summary holds the lead sentence')
    check(box.get_attribute('dir') == 'rtl' and box.get_attribute('lang') == 'ar',
          'editor panel: the Arabic summary has dir="rtl" lang="ar"')
    shot(driver, work, 'editor-ar', full=False)


def check_without_extension(driver, plain_url, work):
    """The same site served by a PHP without the extension."""
    driver.get(plain_url + '/')
    check(not driver.find_elements(By.CSS_SELECTOR, '.summar-excerpt'),
          'without the extension: no summary excerpts')
    body = norm(driver.find_element(By.TAG_NAME, 'body').text)
    check('Engineers walk along the top' in body,
          "without the extension: WordPress's own excerpt (it opens with the photo caption)")
    shot(driver, work, 'front-page-without-extension')
    driver.get(plain_url + '/wp-admin/')
    notices = driver.find_elements(By.CSS_SELECTOR, '.summar-excerpts-missing')
    check(len(notices) == 1 and 'not loaded' in notices[0].text,
          'without the extension: the admin notice is shown')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--url', required=True)
    ap.add_argument('--plain-url', help='the same site without the extension')
    ap.add_argument('--work', required=True)
    ap.add_argument('--articles', required=True)
    ap.add_argument('--sql', required=True, help='mariadb client command for the site database')
    args = ap.parse_args()

    uploads = '/var/lib/wordpress/wp-content/uploads/summar-e2e'
    os.makedirs(uploads, exist_ok=True)
    for svg in ('barrier.svg', 'plant.svg'):
        shutil.copy(os.path.join(args.articles, svg), uploads)

    site = Site(args.url)
    install_site(site)
    activate_plugin(args.sql)
    site.login()
    nonce = site.nonce()
    # The sample post would be a third excerpt on the home page.
    status, _ = site.rest('/wp/v2/posts/1?force=true', nonce=nonce, method='DELETE')
    if status != 200:
        sys.exit('could not delete the sample post (HTTP %d)' % status)

    driver = browser(args.work)
    try:
        browser_login(driver, args.url)
        save_settings(driver, args.url, args.work, 'top')
        ids = create_posts(site, nonce, args.articles)
        summaries = rest_checks(args.url, site, nonce, ids, args.articles)
        t0 = time.monotonic()
        excerpts = check_front_page(driver, args.url, args.work, ids, summaries, args.articles)
        print('home page with two summaries loaded in %.2f s' % (time.monotonic() - t0))
        tops = check_posts(driver, args.url, args.work, ids, args.articles)
        check_editor_panel(driver, args.url, args.work, ids)
        count = sql(args.sql, "SELECT COUNT(*) FROM wp_postmeta WHERE meta_key = '_summar_excerpts_cache'")
        check(int(count.strip() or 0) == 2, 'summaries cached in post meta for both posts (%s rows)' % count.strip())
        if args.plain_url:
            # Login cookies are named after the site URL, which follows the port.
            browser_login(driver, args.plain_url)
            check_without_extension(driver, args.plain_url, args.work)
    finally:
        driver.quit()

    print()
    for lang in ('en', 'ar'):
        print('%s excerpt: %s' % (lang, excerpts.get(lang, '(none)')))
        print('%s top of post: %s' % (lang, tops.get(lang, '(none)')))
    if failures:
        print('\n%d check(s) failed:' % len(failures))
        for f in failures:
            print('  ' + f)
        sys.exit(1)
    print('\nall checks passed')


if __name__ == '__main__':
    main()
