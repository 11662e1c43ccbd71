"""The verbs of work that open a duty written as an instruction ("Provide estimating reports",
"patrol the premises"), read without a tagger."""
from __future__ import annotations

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
""".split())
# "report to the manager", "report into the director": whom the post answers to, no duty.
ANSWERING_TO = frozenset("to into back directly".split())
