"""What a page core returns: a list of small changes for the page shell to apply.

Each change is a plain list, so it crosses from the worker to the page as
JSON. The shell (web/shell.js) knows these kinds and nothing of the page:

    ["text", selector, text]          set an element's text
    ["html", selector, markup]        set its markup (made by pyapp.markup, every text escaped)
    ["after", selector, markup]       insert markup after it
    ["remove", selector]              remove it, if it is there
    ["hidden", selector, flag]        hide or show it
    ["attr", selector, name, value]   set an attribute (None removes it); ":root" is <html>
    ["reset", selector]               reset a form
    ["select", name, value]           select the radio of that name and value
    ["focus", selector]               move the focus
    ["hash", fragment]                put a share link in the address bar (None: take it out)
    ["share", fragment, selector, copied, fallback]   share the address, or copy it, and say so
    ["read", key, event]              read storage, then send that event with what was stored
    ["write", key, text, event]       write storage ("" deletes), then send that event with ok
    ["print"]                         open the browser's print dialog
"""


def text(selector, value):
    return ["text", selector, value]


def html(selector, markup):
    return ["html", selector, markup]


def hidden(selector, flag):
    return ["hidden", selector, flag]


def attr(selector, name, value):
    return ["attr", selector, name, value]
