"""Work histories of trades and countries written in the layouts people use (title or
employer first, dates left or right, pipes, dashes, tabs, brackets): each job's title,
employer, dates and place are read. Fictional résumés."""
import pytest

from adapters.embedded.parsing.experience import parse_experience

Job = tuple[str | None, str | None, str | None, str | None, str | None]

HISTORIES: dict[str, tuple[str, list[Job]]] = {
    "a Kenyan nurse, employer and town under the title": (
        "Registered Nurse\nKenyatta National Hospital, Nairobi, Kenya\nMarch 2016 - Present\n- Cared for surgical patients\n"
        "Enrolled Nurse | Coast General Hospital | Mombasa | 2012 - 2016\n- Gave medication",
        [("Registered Nurse", "Kenyatta National Hospital", "2016-03", None, "Nairobi, Kenya"),
         ("Enrolled Nurse", "Coast General Hospital", "2012", "2016", "Mombasa")]),
    "a Brazilian truck driver, spaced dashes over the dates": (
        "Motorista de Caminhão – Transportadora Rápido Sul – Curitiba, Paraná\n01/2015 – 12/2020\n- Entregas\n"
        "Ajudante de Motorista – JBS – Goiânia, Goiás\n03/2011 – 12/2014",
        [("Motorista de Caminhão", "Transportadora Rápido Sul", "2015-01", "2020-12", "Curitiba, Paraná"),
         ("Ajudante de Motorista", "JBS", "2011-03", "2014-12", "Goiânia, Goiás")]),
    "a Polish welder, dates left and tabbed columns": (
        "2014 – 2021\tWelder (MIG/MAG)\tStocznia Gdańsk\tGdańsk, Poland\n- Welded hull sections\n"
        "2010 – 2014\tWelder Apprentice\tMostostal Warszawa\tWarsaw, Poland",
        [("Welder (MIG/MAG)", "Stocznia Gdańsk", "2014", "2021", "Gdańsk, Poland"),
         ("Welder Apprentice", "Mostostal Warszawa", "2010", "2014", "Warsaw, Poland")]),
    "an Indian chartered accountant, employer first, dates right": (
        "Deloitte Haskins & Sells LLP, Mumbai\nChartered Accountant                Jul 2017 – Present\n- Statutory audits\n"
        "KPMG, Bengaluru, Karnataka\nArticled Assistant                  Jun 2014 – Jun 2017",
        [("Chartered Accountant", "Deloitte Haskins & Sells LLP", "2017-07", None, "Mumbai"),
         ("Articled Assistant", "KPMG", "2014-06", "2017-06", "Bengaluru, Karnataka")]),
    "a Filipino seafarer, dates in brackets": (
        "Able Seaman, Magsaysay Maritime Corporation, Manila (2015 - 2022)\n- Watchkeeping on bulk carriers\n"
        "Ordinary Seaman, Anglo-Eastern Ship Management, Manila (2012 - 2015)",
        [("Able Seaman", "Magsaysay Maritime Corporation", "2015", "2022", "Manila"),
         ("Ordinary Seaman", "Anglo-Eastern Ship Management", "2012", "2015", "Manila")]),
    "a French chef, all on one dashed line": (
        "Chef de Partie - Le Meurice - Paris - 2016 - 2020\n- Sauces and fish\n"
        "Commis de Cuisine - Paul Bocuse - Lyon - 2013 - 2016",
        [("Chef de Partie", "Le Meurice", "2016", "2020", "Paris"),
         ("Commis de Cuisine", "Paul Bocuse", "2013", "2016", "Lyon")]),
    "an Australian electrician, employer and town piped": (
        "Electrician\nDowner Group | Perth, WA\nFeb 2017 – Present\n- Industrial maintenance\n"
        "Apprentice Electrician\nBHP | Port Hedland, Western Australia\nJan 2013 – Jan 2017",
        [("Electrician", "Downer Group", "2017-02", None, "Perth, WA"),
         ("Apprentice Electrician", "BHP", "2013-01", "2017-01", "Port Hedland, Western Australia")]),
    "a Canadian teacher, dates first then pipes": (
        "Jan 2015 - Present | Grade 4 Teacher | Toronto District School Board | Toronto, ON\n- Taught literacy\n"
        "Sep 2011 - Dec 2014 | Teacher on Call | Vancouver School Board | Vancouver, British Columbia",
        [("Grade 4 Teacher", "Toronto District School Board", "2015-01", None, "Toronto, ON"),
         ("Teacher on Call", "Vancouver School Board", "2011-09", "2014-12", "Vancouver, British Columbia")]),
    "a Mexican mechanic, in Spanish with pipes": (
        "Mecánico Automotriz | Nissan Mexicana | Aguascalientes | 2014 – 2019\n- Mantenimiento preventivo\n"
        "Ayudante de Mecánico | Taller Hernández | León, Guanajuato | 2010 – 2014",
        [("Mecánico Automotriz", "Nissan Mexicana", "2014", "2019", "Aguascalientes"),
         ("Ayudante de Mecánico", "Taller Hernández", "2010", "2014", "León, Guanajuato")]),
    "a Vietnamese garment worker, title at employer": (
        "Quality Inspector at Viet Tien Garment Corporation, Ho Chi Minh City\n06/2016 - 08/2022\n- Checked seams\n"
        "Sewing Machine Operator at May 10 Corporation, Hanoi\n01/2012 - 05/2016",
        [("Quality Inspector", "Viet Tien Garment Corporation", "2016-06", "2022-08", "Ho Chi Minh City"),
         ("Sewing Machine Operator", "May 10 Corporation", "2012-01", "2016-05", "Hanoi")]),
    "a South African miner, em dashes": (
        "Underground Miner — Anglo American Platinum — Rustenburg, North West — 2013 – 2020\n- Drilling\n"
        "General Worker — Sibanye-Stillwater — Carletonville — 2010 – 2013",
        [("Underground Miner", "Anglo American Platinum", "2013", "2020", "Rustenburg, North West"),
         ("General Worker", "Sibanye-Stillwater", "2010", "2013", "Carletonville")]),
    "an Egyptian site engineer, dates written 'to'": (
        "Site Engineer – Orascom Construction – Cairo, Egypt – Sep 2012 to Aug 2018\n- Supervised concrete works\n"
        "Junior Site Engineer – Hassan Allam Holding – Alexandria – Jul 2010 to Aug 2012",
        [("Site Engineer", "Orascom Construction", "2012-09", "2018-08", "Cairo, Egypt"),
         ("Junior Site Engineer", "Hassan Allam Holding", "2010-07", "2012-08", "Alexandria")]),
    "a Turkish crane operator, parted by slashes": (
        "Tower Crane Operator / Enka İnşaat / Kocaeli, Türkiye / 2015 - 2021\n- Lifted steel and precast\n"
        "Rigger / Limak Holding / Ankara, Türkiye / 2011 - 2015",
        [("Tower Crane Operator", "Enka İnşaat", "2015", "2021", "Kocaeli, Türkiye"),
         ("Rigger", "Limak Holding", "2011", "2015", "Ankara, Türkiye")]),
    "a British lorry driver, tabbed columns, dates right": (
        "HGV Class 1 Driver\tEddie Stobart\tDoncaster\tApr 2014 - Present\n- Trunking between depots\n"
        "Warehouse Operative\tNext Distribution\tLeeds\tMay 2010 - Mar 2014",
        [("HGV Class 1 Driver", "Eddie Stobart", "2014-04", None, "Doncaster"),
         ("Warehouse Operative", "Next Distribution", "2010-05", "2014-03", "Leeds")]),
    "a housekeeper in the Gulf, the country by its short name": (
        "Housekeeper – Marriott International – Dubai, UAE (2014–2018)\n- Cleaned guest rooms\n"
        "Room Attendant – Hilton – Abu Dhabi, UAE (2011–2014)",
        [("Housekeeper", "Marriott International", "2014", "2018", "Dubai, UAE"),
         ("Room Attendant", "Hilton", "2011", "2014", "Abu Dhabi, UAE")]),
    "a flight attendant, the employer over the title piped to its town": (
        "Qantas Airways\nFlight Attendant | Sydney | 2010 – 2016\n- Cabin safety\n"
        "Virgin Australia\nCabin Crew Member | Brisbane | 2007 – 2010",
        [("Flight Attendant", "Qantas Airways", "2010", "2016", "Sydney"),
         ("Cabin Crew Member", "Virgin Australia", "2007", "2010", "Brisbane")]),
}


@pytest.mark.parametrize("history", HISTORIES)
def test_each_job_of_the_history_is_read(history):
    text, jobs = HISTORIES[history]
    entries, _ = parse_experience(text)
    assert [(e.title, e.company, e.start_date, e.end_date, e.location) for e in entries] == jobs
