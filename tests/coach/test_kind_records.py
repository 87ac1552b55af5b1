"""What a case record's layout says about a text's kind (issue 21, the kindread lane,
round 7): a section heading in a record's own words, a dated log entry with the children
there, the police in any country's words, control told over months with a child's own
fear, a present arrangement bounded in time or kept whole, a rule someone knows, and a
stance told with its reason. Every sentence is the project's own (not a tuning statement)
and most read as another kind before the reading they test (the rest guard what must not
change, or say the same shape in other words)."""

from __future__ import annotations

import pytest

from soplab.coach import analyse
from soplab.coach.kindsections import section_kind
from soplab.coach.stages import (
    SECOND_OPINION_BELOW,
    clauses,
    rules_kind,
    second_opinion,
    segment,
)

ROWS = [
    # a record's section heading in its own words names what follows
    ("Risk: past DV between the couple (2018), none reported since.", "danger"),
    ("Identified risks - mum's new partner has two convictions for assault.", "danger"),
    ("Concerns: mother's ongoing meth use while caring for two toddlers.", "danger"),
    ("Safety threats: father keeps a shotgun at the house and has threatened to use it.",
     "danger"),
    ("Conditions for contact: supervised by Aunty Mere at her house, no alcohol, ends at 6.",
     "plan"),
    ("Arrangements: the kids sleep at Gran's Monday to Thursday and she walks them to school.",
     "plan"),
    ("Safety steps - the neighbour has a spare key and texts Mum's sister if she hears "
     "shouting.", "plan"),
    ("Next steps: uncle drives the boys to school each morning and the teacher rings him if "
     "they are absent.", "plan"),
    ("Services offered: parenting course referral (declined 3/2), food bank voucher, GP "
     "letter.", "other"),
    ("Actions taken: police check completed (2 prior call-outs), school and GP contacted.",
     "other"),
    ("Household composition: mother, her partner, and three children aged 2 to 9.", "other"),
    # a dated log entry with the children there, in a log's own shorthand
    ("2/9/24 approx 0100 hrs: mum and her boyfriend were fighting in the kitchen and a plate "
     "was thrown. The kids were home.", "harm"),
    ("On 17/05 at about 11pm the couple got into it in the driveway and the neighbours rang "
     "it in. Both girls were in the house.", "harm"),
    ("The kids were home with Nan the whole weekend.", "other"),
    # the police in any country's words, finding a child
    ("Officers found the twins (3) alone in the flat at 2 am with the front door open.",
     "harm"),
    ("Deputies responded to a 911 call and found Kai, 4, shut in a bedroom with no food.",
     "harm"),
    ("At 0300 the RCMP found Tyler (6) wandering on the highway shoulder in his socks.",
     "harm"),
    # control over months and a threat to have the children taken, with a child's fear
    ("Since Christmas Darren has gone through Amy's messages every evening, kept her debit "
     "card and told her that if she goes to the police he'll make sure the kids are put in "
     "care. Their son now asks every night if he is going to be taken away.", "harm"),
    ("He told Mia that if she calls anyone he will take the kids and she will never find "
     "them.", "harm"),
    ("Over the last six months Mr. Dunn has locked Ms. Ortiz out of the flat twice and told "
     "the boys their mum is mad and will leave them. Leo (7) now won't go to school in case "
     "she is gone when he gets home.", "harm"),
    # a present arrangement bounded in time or kept whole, or a rule someone knows
    ("The children are with their father Sundays 12-5 only, and his sister is there the "
     "whole time.", "plan"),
    ("Tia keeps a spare phone and copies of the kids' passports at her flat, and knows never "
     "to tell Jason where they are.", "plan"),
    ("The school knows not to let the girls leave with anyone but their aunt.", "plan"),
    # a violent act after a subject set off by a name between commas, as a petition writes
    ("The father, Sione T., struck the mother with a belt in front of the children.", "harm"),
    ("On or about 5 March the mother, Kayla R., slapped Noah (4) across the face.", "harm"),
    ("Count 2: the stepfather, Mr. Piri, punched the mother while she held the baby.", "harm"),
    # a reporter's own step told: the record of the work, not the harm
    ("The GP called the intake line when Ava (2) came in with a swollen wrist.", "other"),
    # a stance told with its reason: what someone has said, no promise
    ("Mum has said she will not go to a refuge because she is afraid of losing her job; the "
     "outreach worker is looking at other options with her.", "other"),
    # the same shapes in other registers (some of these read right before too)
    ('Concern: Dad drinks heavily most weekends when he has the kids.', 'danger'),
    ("Risk factors - mum's mental health and no family nearby.", 'danger'),
    ('Worry statement: CPS is worried that Jace could be hurt if Dad keeps drinking.', 'danger'),
    ('Agreed arrangements: Dad has the boys Saturday 9-5, Nan present throughout.', 'plan'),
    ('Safety rules - no visitors after 9 pm and Mum checks the baby every two hours.', 'plan'),
    ('Referrals made: parenting group, DV advocate, housing.', 'other'),
    ('Incident: Dad threw a bottle at Mum and it hit Ella (3) on the arm.', 'harm'),
    ("4/6 at 2330: mother's boyfriend punched the bedroom door in and the kids were in the "
     "room.", 'harm'),
    ('Sat 21/10 about 10pm - parents fighting on the front lawn, both boys were watching.', 'harm'),
    ('At 0130 on 9 May constables found Ruby (2) asleep in a car outside a pub.', 'harm'),
    ('Troopers found the kids alone in a running truck in the casino parking lot.', 'harm'),
    ('The children stay with their aunt weekdays only until the hearing on 12 June.', 'plan'),
    ('Mum knows to ring her sister the minute Kane turns up.', 'plan'),
    ("Dad has said he won't stop seeing his friends because they are all he has.", 'other'),
    ("Since last summer Jordan has checked Bree's texts every night and kept her pay card.",
     'harm'),
]


@pytest.mark.parametrize(("text", "kind"), ROWS)
def test_reads_as(text: str, kind: str) -> None:
    assert analyse(text).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Risk: x", "danger"), ("Identified risks - x", "danger"), ("Presenting concerns: x", "harm"),
    ("Conditions for return: x", "plan"), ("Services offered to date: x", "other"),
    ("Outcome wanted: x", "goal"), ("Outcome: x", "other"),
    # about something else, or a sentence: no kind named
    ("Prior contact check: x", ""), ("Security concern for the meeting: x", ""),
    ("Review at visit 6: x", ""), ("GP had grounds for concern: x", ""),
    ("Father's household (Eastside): x", ""), ("Contact set by court order: x", ""),
])
def test_a_heading_names_a_kind_by_its_first_or_last_word(text: str, kind: str) -> None:
    assert section_kind(text) == kind


@pytest.mark.parametrize(("text", "read"), [
    # a strength already there, told in the present: no plan, whatever a model reads
    ("Grandad takes the boys fishing on Saturdays.", "other"),
    ("Uncle Joe rings the girls every evening and helps with homework.", "other"),
    ("Aunty Mel lives two streets away and pops in after work.", "other"),
    # a limit kept now (a supervised visit, a place he does not come to) is a plan's form
    ("Dad's visits are supervised at the family centre and he does not come to the flat.",
     "plan"),
])
def test_a_strength_already_there_is_no_plan_whatever_the_model_reads(text: str,
                                                                      read: str) -> None:
    r = clauses(segment(text))
    name, confidence = rules_kind(r)
    assert confidence < SECOND_OPINION_BELOW  # the model is asked
    assert second_opinion(r, name, confidence, None, {"<bias>": {"plan": 9.0}})[0] == read
