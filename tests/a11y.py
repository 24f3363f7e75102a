"""What the accessibility tests share: the axe-core audit's WCAG 2.2 AA rules, and what a
keyboard user and a finger find on a page."""

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
MIN_TARGET_PX = 44

# The focused element: what it is, whether it is in view and uncovered, and its focus ring.
FOCUSED = """() => {
  const el = document.activeElement;
  const box = (el.type === "radio" && el.closest(".scale")) ? el.closest("label") : el;
  const r = box.getClientRects()[0] || box.getBoundingClientRect();  // a wrapped link: its first line
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  const style = getComputedStyle(box);
  return {tag: el.tagName.toLowerCase(), name: el.name || "", type: el.type || "",
          value: el.value || "", text: (el.innerText || "").trim().slice(0, 40),
          covered_by: hit ? (hit.id || hit.className || hit.tagName.toLowerCase()) : "nothing (off screen)",
          shown: !!hit && (el.contains(hit) || box.contains(hit) || [...(el.labels || [])].some(l => l.contains(hit))),
          outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2};
}"""

# What a finger presses on a page, with its size in CSS pixels.
TARGETS = """() => {
  // what a finger presses: links, buttons, and the labels that hold a radio or checkbox
  const prose = el => el.matches("main p a, main li a") && !el.closest("form");
  const targets = [...document.querySelectorAll("a[href], button, label")]
    .filter(el => el.tagName !== "LABEL" || el.querySelector("input[type=radio], input[type=checkbox]"))
    .filter(el => !prose(el) && el.checkVisibility());
  return targets.map(el => {
    const r = el.getBoundingClientRect();
    return {what: el.tagName.toLowerCase() + " " + (el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 40),
            width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10};
  });
}"""
