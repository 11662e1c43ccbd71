"""The verbs of work that open a duty written as an instruction ("Provide estimating reports",
"patrol the premises"), read without a tagger."""
from __future__ import annotations

import re

# Action verbs that open a duty written as an instruction ("Provide estimating reports",
# "Liaise with suppliers", "Organise and control production"): common English verbs of work.
ACTION_VERBS = frozenset("""
manage lead develop provide support coordinate co-ordinate liaise organise organize prepare
maintain deliver build design create assist plan monitor review analyse analyze train supervise
oversee handle process operate drive lift clean cook serve greet answer install repair inspect
test write communicate negotiate sell promote identify implement improve conduct perform
administer assess advise teach produce schedule track resolve respond carry complete update
record document control reduce grow generate source procure purchase recruit mentor coach
evaluate investigate prioritise prioritize collaborate engage establish present research audit
reconcile calculate forecast budget load unload pack stock restock ensure direct execute
facilitate define drive negotiate prepare measure optimise optimize influence run
deploy configure troubleshoot diagnose treat dispense prescribe deliver sort pick transport
maintain prepare file type draft edit translate interpret photograph illustrate demonstrate
market advertise consult mediate counsel care nurse feed bathe dress weld fabricate assemble
machine paint plaster plumb wire survey estimate quote invoice bill collect chase
restore validate verify undertake realise realize achieve expand maximise maximize minimise minimize
interact uphold deal understand obtain retain embrace apply attend inspire encourage motivate
contribute exceed meet hit help adhere comply participate protect safeguard allocate arrange
check enter input upgrade extend integrate migrate automate streamline enhance strengthen
wash sanitise sanitize sweep mop tear swear book certify cut mow prune climb
fix replace dispose empty fold iron bake grill
patrol follow report escort observe harvest stack shelve weigh scan wrap sterilise sterilize
vaccinate keep
lay grout tile glaze solder erect dismantle calibrate label mix decorate temper polish vacuum groom recover
""".split())
# "report to the manager", "report into the director": whom the post answers to, no duty.
ANSWERING_TO = frozenset("to into back directly".split())

# Verbs of two words that take an object, so share the one after a verb joined to them ("Set up
# and operate CNC mills"); "clock out and clean the kitchen" is two duties, the first whole.
PHRASAL_VERBS = frozenset(tuple(pair.split("_")) for pair in """
set_up fit_out sign_off carry_out set_out lay_out mark_out strip_out strip_down tidy_up clear_up
clean_up wash_up break_down shut_down close_down take_down write_up follow_up back_up hand_over
take_over switch_off turn_off start_up pick_up drop_off rig_up check_over fill_out cash_up
""".split())

# What an ad says to its reader, written as an instruction: how to apply or to follow it ("Scan
# the QR code to apply", "Keep in touch with us"), or how to feel ("Keep calm"), no duty.
_TO_THE_READER = {"keep": ("reading", "in touch", "calm", "going", "posted", "an eye out for")}
_APPLYING_MEANS = frozenset("link links url qr button".split())
_TO_APPLY = re.compile(r"\bto apply(?: now| online| today| here| for (?:this|the) (?:role|job|post|position|vacancy))?$"
                       r"|\b(?:to (?:find out|learn|hear) more|for more (?:information|info|details))\b")


# "We are happy to train the right person": what the employer is ready to do, no duty.
_READY = frozenset("happy pleased delighted glad willing keen prepared able".split())
_WE = frozenset("we we're we’re we'd we’d we'll we’ll".split())
_BEING = frozenset("are is would will be always also more than very really so even".split())


def to_the_reader(tokens: list[str], i: int) -> bool:
    """Whether the verb at i opens words to the reader of the ad, not a duty of the post."""
    verb = tokens[i].lower()
    if i >= 3 and tokens[i - 1].lower() == "to" and tokens[i - 2].lower() in _READY:
        k = i - 3
        while k > 0 and tokens[k].lower() in _BEING:
            k -= 1
        if tokens[k].lower() in _WE:
            return True  # the readiness is ours, not the candidate's
    rest = " ".join(t.lower() for t in tokens[i + 1:i + 12] if t != "\n")
    if any(rest.startswith(words) for words in _TO_THE_READER.get(verb, ())):
        return True
    head = rest.split(" ")[:3]
    if any(w in _APPLYING_MEANS for w in head):
        return True  # "Follow the link below", "Scan the QR code"
    clause = re.split(r"[.;!?,:]", rest)[0].strip()
    return _TO_APPLY.search(clause) is not None
