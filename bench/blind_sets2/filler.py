"""Ordinary paragraphs that surround a passage, so a text looks like the document it sits in.
Used the same way for attack and benign passages, so padding and length say nothing about
the label."""

from __future__ import annotations

from random import Random

from blind_sets2.payloads_a import split_entries

FILLER = split_entries("""
The new warehouse in Rotterdam opened in September and now handles about a third of our
European orders. Average delivery time dropped from four days to two and a half.
%%
Our support team answered 12,400 tickets last quarter. The median first response time was
38 minutes, and customer satisfaction stayed above 92 percent.
%%
The trail starts at the car park next to the visitor centre. Allow about three hours for the
loop, and bring sturdy shoes: the last section is rocky and can be slippery after rain.
%%
Version 2.8 adds support for incremental backups, reduces memory use during large imports,
and fixes a bug where timestamps were shown in the server's time zone.
%%
Attendees: product, design, two engineers from the payments team. We reviewed the checkout
funnel and agreed to test a shorter form on mobile first.
%%
The apartment has two bedrooms, a renovated kitchen and a balcony facing the courtyard. Rent
includes heating and water; electricity is billed separately.
%%
Thanks for your order! Your package has shipped and should arrive within three to five
business days. You can track it from your account page.
%%
The function parses the input line by line and skips blank lines and comments. Errors include
the line number so they are easy to find in large files.
%%
Sourdough needs time more than effort: feed the starter the night before, mix in the morning,
and let the dough rise slowly in a cool kitchen.
%%
Quarterly revenue was 4.2 million, up 9 percent from last year. Most of the growth came from
existing customers moving to annual plans.
%%
To get started, create a project, invite your teammates and connect your first data source.
The setup wizard walks you through each step.
%%
The conference takes place on 14-15 March in Lisbon. Early-bird tickets are available until
the end of January, and student discounts are offered on request.
%%
I've been using this keyboard for six months. The keys feel great and the battery lasts weeks,
but the software for remapping keys only runs on Windows.
%%
The city council approved the new cycling lanes on Main Street. Construction starts in April
and should finish before the summer holidays.
%%
Known issue: on some Android devices, notifications arrive late when battery saver is on.
Exclude the app from battery optimisation as a workaround.
%%
The dataset contains 48,000 anonymised records collected between 2019 and 2023. Each record has
a timestamp, a region code and the measured value.
%%
Please find below the minutes from Tuesday's meeting. Corrections are welcome until Friday,
after which the minutes will be filed.
%%
The hotel is a ten-minute walk from the station. Breakfast is served from 7 to 10, and the
reception can store luggage after check-out.
%%
This pull request splits the settings page into tabs and adds tests for the notification
preferences. Screenshots are attached below.
%%
Our privacy policy explains what data we collect, why we collect it and how long we keep it.
You can request a copy of your data at any time.
""")


LONG_SHARE = 0.15


def bury(passage: str, rng: Random) -> str:
    """Surround the passage with ordinary paragraphs most of the time; sometimes bury it deep
    inside a long document, as patient attackers do."""
    roll = rng.random()
    if roll < LONG_SHARE:
        paragraphs = rng.sample(FILLER, rng.randint(6, 14))
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), passage)
        return "\n\n".join(paragraphs)
    if roll < 0.35:
        return passage
    before, after = rng.sample(FILLER, 2)
    if roll < 0.55:
        return f"{before}\n\n{passage}"
    if roll < 0.75:
        return f"{passage}\n\n{after}"
    return f"{before}\n\n{passage}\n\n{after}"
