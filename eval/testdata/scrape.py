#!/usr/bin/env python3
"""A naive scraper, as a quick script feeding a document folder would be:
the visible text of the whole page in document order (navigation, headings,
bylines, article body, captions, related links, comments, footer), one block
per line, HTML entities decoded, <script>/<style>/<noscript>/<template>/<svg>
dropped. Nothing else is cleaned: menus, share buttons, sidebars, hidden
elements and non-breaking spaces stay as they are.

    python3 scrape.py source.html > name.txt
"""
import sys
from html.parser import HTMLParser

DROP = {'script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object'}
BLOCK = {'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div',
         'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
         'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
         'table', 'tr', 'td', 'th', 'ul', 'option', 'button', 'label', 'select', 'summary',
         'title', 'body', 'html', 'caption', 'legend', 'menu'}
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param',
        'source', 'track', 'wbr'}


class Scraper(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = []      # stack of open dropped elements
        self.lines, self.cur = [], []
        self.title = None
        self.in_title = False

    def flush(self):
        s = ''.join(self.cur)
        # collapse runs of ordinary white space only; keep U+00A0 as it is
        s = s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ')
        while '  ' in s:
            s = s.replace('  ', ' ')
        s = s.strip(' ')
        if s:
            self.lines.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag == 'title' and 'head' in self.skip:
            self.in_title = True
            return
        if tag in DROP:
            if tag not in VOID:
                self.skip.append(tag)
            return
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag == 'title' and self.in_title:
            self.in_title = False
            return
        if tag in DROP:
            # close up to the matching dropped element (tolerates bad nesting)
            if tag in self.skip:
                while self.skip:
                    if self.skip.pop() == tag:
                        break
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.in_title:
            if self.title is None:
                self.title = ' '.join(data.split())
            return
        if self.skip:
            return
        self.cur.append(data)

    def text(self):
        self.flush()
        out = ([self.title] if self.title else []) + self.lines
        return '\n\n'.join(out) + '\n'


def main(path):
    raw = open(path, 'rb').read().decode('utf-8', errors='replace')
    p = Scraper()
    p.feed(raw)
    p.close()
    sys.stdout.write(p.text())


if __name__ == '__main__':
    main(sys.argv[1])
