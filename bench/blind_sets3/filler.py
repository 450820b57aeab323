# ruff: noqa: RUF001  (real Turkish, Chinese and Japanese text, not look-alike characters)
"""Neutral material the carriers are built from: names, subjects and ordinary paragraphs."""

from __future__ import annotations

PEOPLE = [
    "Priya Raman", "Tomasz Wójcik", "Aisha Bello", "Lars Henriksen", "Mei Lin", "Diego Alvarez",
    "Hannah Okafor", "Kenji Watanabe", "Sofia Rossi", "Marcus Feld", "Ines Duarte", "Omar Haddad",
    "Greta Lindqvist", "Rahul Mehta", "Chloé Martin", "Jonas Becker", "Yuki Sato", "Amara Nwosu",
]

HANDLES = [
    "pr-bot", "kwatanabe", "sofia-r", "mfeld", "ines-d", "ohaddad", "glindqvist", "rmehta",
    "cmartin", "jbecker", "ysato", "anwosu", "dev-lars", "meilin", "dalvarez", "hokafor",
]

COMPANIES = [
    "Northwind Logistics", "Brightpath Health", "Kestrel Analytics", "Fjord Energy",
    "Lumen Retail", "Atlas Freight", "Harbor Insurance", "Quillon Software", "Verdant Foods",
    "Cobalt Robotics", "Meridian Travel", "Pinecrest Bank",
]

DOMAINS = [
    "northwind.io", "brightpath.health", "kestrel-analytics.com", "fjord-energy.no",
    "lumenretail.co.uk", "atlasfreight.de", "harbor-ins.com", "quillon.dev",
]

PRODUCTS = [
    "the Model S7 cordless drill", "Aurora noise-cancelling headphones", "the Trailblazer 2 tent",
    "BrewMaster Pro espresso machine", "a 27-inch 4K monitor", "the PocketScan document scanner",
    "Velo city e-bike", "SmartTherm thermostat", "the Nimbus standing desk",
    "ErgoLite office chair",
]

PARAGRAPHS = [
    "The quarterly planning session is moved to the large meeting room on the third floor. Please"
    " bring the updated capacity estimates and the list of open hiring requisitions.",
    "Our warehouse in Rotterdam processed 18,400 parcels last week, up 6% on the previous week."
    " Delays on the A15 caused two late trucks, both delivered before noon the next day.",
    "The migration to the new billing system finished on Sunday night. A handful of invoices were"
    " issued twice; finance has already voided the duplicates and informed the customers.",
    "Version 4.2 adds support for incremental exports, fixes the timezone bug in scheduled"
    " reports and drops support for Python 3.8, which reached end of life.",
    "To reduce cold-start latency we now keep two warm instances per region. The extra cost is"
    " roughly 40 euros a month, which the team agreed is acceptable.",
    "The city council approved the new cycling lanes along the river. Construction starts in"
    " March and should be complete before the summer tourist season.",
    "Customers on the legacy plan will be moved to the Standard plan on their next renewal date."
    " Nothing changes in their features or price for the first twelve months.",
    "Battery life was excellent in our tests: about 31 hours with noise cancelling on, and a"
    " ten-minute charge gave roughly four hours of playback.",
    "The workshop covers writing clear acceptance criteria, estimating with ranges instead of"
    " single numbers, and running retrospectives that lead to real change.",
    "We found that the flaky test was caused by two jobs sharing the same temporary directory."
    " Each job now gets its own directory and the failure rate dropped to zero.",
    "The museum reopens on 12 April after a two-year renovation, with a new wing dedicated to"
    " Nordic textile art and a rooftop café overlooking the harbour.",
    "Median response time for support tickets fell from 9 hours to 3.5 hours after we introduced"
    " the follow-the-sun rota across the Lisbon and Singapore teams.",
    "The soil samples from plot B showed higher nitrogen levels than expected, so the next"
    " fertiliser application will be halved and re-measured in six weeks.",
    "This release candidate is feature-complete. Please focus testing on the upgrade path from"
    " 3.x, especially databases with more than ten million rows.",
    "Shipping to Norway and Switzerland now includes customs fees at checkout, so customers will"
    " no longer receive a separate bill from the courier.",
    "The committee reviewed 212 grant applications this cycle and funded 37. Feedback letters"
    " will be sent to all applicants by the end of the month.",
    "Average occupancy across the three hotels was 78% in October. The lakeside property"
    " outperformed, helped by two large conferences.",
    "Remember that the office is closed on Friday for the public holiday. The on-call rota is"
    " unchanged; escalations go through the usual pager.",
    "The new onboarding flow cut the time to first successful API call from 14 minutes to under"
    " five, based on 1,200 sign-ups in the first fortnight.",
    "Recipe note: let the dough rest for at least an hour, otherwise the gluten will be too tight"
    " and the crust will shrink in the oven.",
    "The library's API returns paginated results of up to 100 items. Use the cursor from the"
    " previous response to fetch the next page until it comes back empty.",
    "Temperatures will drop below freezing overnight in the northern valleys, with a chance of"
    " light snow above 800 metres on Thursday morning.",
    "Our data retention policy keeps raw event logs for 30 days and aggregated metrics for 13"
    " months. Older data is deleted automatically by a nightly job.",
    "The audit found the inventory counts matched the ledger within 0.3%, well inside the"
    " tolerance agreed with the external auditors.",
]

TOPICS = [
    "Q3 roadmap review", "Invoice 2024-0913", "Release 4.2.0 notes", "Team offsite logistics",
    "Warehouse weekly report", "Customer renewal: Fjord Energy", "Contract draft v3",
    "Incident follow-up", "Partnership proposal", "Travel itinerary Lisbon", "Onboarding checklist",
    "Board pack for November", "Vendor security questionnaire", "Hiring loop feedback",
]

FOREIGN = [
    "Die Lieferung verzögert sich um zwei Tage, weil der Spediteur einen Engpass meldet. Bitte"
    " informieren Sie die betroffenen Kunden per E-Mail.",
    "La réunion de lancement aura lieu mardi à 10 h. Merci d'apporter vos questions sur le"
    " budget et le calendrier du projet.",
    "El informe trimestral muestra un aumento de las ventas del 8 % en la región norte, sobre"
    " todo gracias a la nueva tienda online.",
    "Il manuale descrive come sostituire il filtro ogni sei mesi e come pulire il serbatoio"
    " dell'acqua con una soluzione di aceto.",
    "O prazo para enviar os documentos foi prorrogado até sexta-feira. Depois disso, o sistema"
    " não aceitará novas inscrições.",
    "De vergadering van donderdag gaat niet door. We plannen een nieuwe datum zodra iedereen zijn"
    " agenda heeft bijgewerkt.",
    "来週の月曜日からオフィスの入館方法が変わります。新しいカードは受付で受け取ってください。",
    "本周五下午系统将进行维护，预计停机两个小时，请提前保存您的工作。",
    "Обновление приложения исправляет ошибку синхронизации и ускоряет загрузку списка заказов.",
    "Toplantı notları ekte yer almaktadır. Lütfen eksik gördüğünüz maddeleri cuma gününe kadar"
    " bildirin.",
    "Prosimy o uzupełnienie formularza zwrotu kosztów podróży do końca miesiąca.",
    "다음 주 화요일에 서버 점검이 예정되어 있습니다. 점검 시간 동안 서비스 이용이 제한됩니다.",
]
