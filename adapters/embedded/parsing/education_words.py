"""The words that name a degree or qualification, and a school, in the languages CVs are written in."""
from __future__ import annotations

import re


def lettered(*initials: str) -> str:
    """Initials as people write them: "BCA", "B.C.A", "B.C.A." or "B-C-A"."""
    return "|".join(r"(?:[.-]\s?)?".join(re.escape(c) for c in word) + r"\.?" for word in initials)


# The first word of a field of study in Indonesian ("Teknik Sipil", "Keperawatan", "Ilmu Hukum")
_INDONESIAN_FIELD = (r"teknik|keperawatan|kebidanan|akuntansi|manajemen|farmasi|pendidikan|ekonomi|hukum|ilmu|"
                     r"sistem|informatika|kesehatan|kedokteran|psikologi|administrasi|komunikasi|agribisnis|"
                     r"agroteknologi|pertanian|perikanan|peternakan|kehutanan|matematika|fisika|kimia|biologi|"
                     r"sastra|bahasa|gizi|analis|perbankan|perhotelan|pariwisata|arsitektur|desain|keuangan|"
                     r"perpajakan|sekretari\w*|statistika|geografi|sosiologi|teologi|syariah|tarbiyah|"
                     r"fisioterapi|radiologi|rekam|kebijakan|hubungan|sains|bisnis|elektro\w*|mesin|sipil")
DEGREE = re.compile(
    r"(?<![\w.])(?:[bm](?:[.-]\s?|\s)?tech|b\.?\s?e|m\.?\s?e|b\.?\s?sc|m\.?\s?sc|b\.?\s?s|m\.?\s?s|"
    r"b\.?\s?a|m\.?\s?a|(?-i:[BM]\.?\s?Eng)|b\.?\s?com|m\.?\s?com|b\.?\s?ed|m\.?\s?ed|"
    + lettered("bba", "mba", "bca", "mca", "pgdm", "pgdca") + r"|pg[-\s]?d\w*|"
    r"ph\.?\s?d|m\.?\s?phil|" + lettered("llb", "llm", "mbbs") + r"|md|b\.?\s?pharm|m\.?\s?pharm|b\.?\s?arch|bds|bhm|"
    r"bachelor'?s?|master'?s?|doctorate|diploma|associate'?s?\s+degree|degree|graduate|"
    r"post\s*graduate|post\s*graduation|graduation|under\s*graduate|"
    # (India's PUC, not Brazil's Pontifical Catholic universities: "PUC Minas", "PUC-Rio")
    r"" + lettered("hsc", "ssc", "sslc", "cbse", "icse") + r"|p[.-]\s?u[.-]\s?c\.?|puc(?!\s*[-–]?\s*(?-i:Minas|Rio|Campinas|Goi[aá]s|Paran[aá]|S[aã]o\s+Paulo|RS|SP|PR|GO|RJ|MG)\b)|intermediate|matric(?:ulation)?|high\s+school|higher\s+secondary|"
    r"senior\s+secondary|secondary|class\s+(?:x|xii|10|12)(?:th)?|(?:10|12)th|x(?:ii)?th|"
    r"ged|a[- ]levels?|o[- ]levels?|certificate|certification|"
    # the certificate in French, Spanish and Portuguese, Italian ("Certificat de compétence", "Certificado de profesionalidad")
    r"certificat|certificado|certificato|cpa|ca|cfa|acca|cma|icwa|"
    r"nvq|btec|hnd|hnc|gcses?|city\s+(?:&|and)\s+guilds|apprenticeship|abitur|ausbildung|"
    # German further training and retraining to a qualification ("Fortbildung zur Dentalhygienikerin")
    r"(?:fort|weiter)bildung\s+(?:zu[mr]|als)|umschulung|"
    # the post-Soviet vocational college's diploma, in English and as written in Ukraine and Russia
    r"junior\s+specialist|молодший\s+спеціаліст|младший\s+специалист|"
    r"meisterbrief|bacharelado|licenciatura|t[eé]cnico|waec|wassce|neco|ond|ssce|"
    r"level\s+[1-7]\s+(?:diploma|certificate|award|nvq)|associate\s+of\s+(?:applied\s+)?(?:arts|science)|"
    # a course named for what it teaches or how ("Technical Course in Welding", "Vocational
    # Training Course"): trades and many countries' qualifications are written so
    r"(?:technical|vocational|training|trade|professional|certificate|diploma)\s+course|course\s+in|"
    r"(?:state|final|board|bar|licensing)\s+exam(?:ination)?|staatsexamen|"
    # other countries' degrees and school-leaving qualifications, in their own words: French,
    # Spanish, Portuguese, Italian, German, Dutch, Polish, Kenyan, South African, Filipino (TESDA)
    r"dipl[oô]me|baccalaur[eé]at|bts|dut|deug|technicien(?:ne)?\s+(?:sp[eé]cialis[eé]e?|sup[eé]rieure?)|licence\s+(?:pro\w*|en|de|d['’]|[eè]s)|ma[iî]trise|doctorat|grado|m[aá]ster|"
    r"bachiller(?:ato)?|mestrado|doutorado|ensino\s+m[eé]dio|laurea|maturit[aà]|diplom|qualifica|"
    # Latin America's and Iberia's postgraduate courses, Brazil's technologist degree, France's
    # lower vocational and school certificates ("Especialização em ...", "Brevet des collèges")
    r"especializa[çc][ãa]o|especializaci[óo]n|p[óo]s[- ]?gradua[çc][ãa]o|posgrado|maestr[íi]a|tecn[óo]log[oa]|"
    # the professional title a Latin American university confers and its specialty after it
    # ("Título de Cirujano Dentista", "Título Profesional de Enfermera", "Segunda Especialidad en ...")
    r"t[íi]tulo\s+(?:profesional\s+)?(?:de|en)(?=\s)|(?:segunda\s+)?especialidad\s+en|"
    # Germany's further-training qualifications of the chambers ("Handelsfachwirtin (IHK)", "Staatlich geprüfter Betriebswirt")
    r"\w*fachwirt(?:in)?|staatlich\s+gepr[üu]fte[r]?\s+\w+|"
    r"brevet\s+(?:des\s+coll[èe]ges|professionnel|de\s+technicien|d['’][ée]tudes)|(?-i:CAP|BEP)(?=\s+[A-ZÉÈ])|"
    r"\w*schulabschluss|fachabitur|\w*hochschulreife|mittlere\s+reife|grade\s+1[0-2]|meister|hbo|mbo|havo|vwo|licencjat|magister|in[zż]ynier|matura|"
    # Poland's vocational titles before their trade in lower case ("technik pojazdów
    # samochodowych", "Technik logistyk", "Mechanik pojazdów samochodowych", "monter sieci ...");
    # not German's "Technik und Wirtschaft" (a word joining names follows), nor a title before
    # the word for "at" ("Leiter Technik bei Müller GmbH")
    r"(?-i:(?:[Tt]echnik|\w*[Mm]echanik|[Mm]onter|[Ff]ryzjer|[Kk]ucharz|[Cc]ukiernik|[Pp]iekarz|[Ss]tolarz|[Mm]urarz|"
    r"[Ee]lektryk|[Śś]lusarz|[Ss]pawacz|[Ll]akiernik|[Kk]rawiec|[Ss]przedawca|[Mm]agazynier)"
    r"\s+(?!(?:und|oder|der|die|das|des|für|im|in|am|an|zu|and|of|the|bei|at|chez|en|presso|na|no|em)\b)[a-ząćęłńóśźż]\w*)|"
    # the Nordic countries' programmes, degrees and trade certificates ("Vård- och omsorgsprogrammet",
    # "kandidatexamen", "fagbrev")
    r"\w+programmet|\w*examen|fagbrev|svennebrev|"
    # Romanian, Czech and Hungarian words for them
    r"bacalaureat|diplom[aă]|tehnician\s+\w+|licen[țţt][aă]|maturita|bakal[aá][rř]\w*|[eé]retts[eé]gi|"
    # Czech and Slovak apprenticeship and school-leaving certificates ("výuční list", "maturitní zkouška");
    # Austria's and Switzerland's apprenticeship exam, federal certificates and vocational baccalaureate
    r"v[ýy]u[čc]n[íi]\s+list|maturitn[íi]\s+(?:zkou[šs]ka|vysv[ěe]d[čc]en[íi]|sk[úu][šs]ka)|lehrabschluss\w*|"
    r"\w*maturit[äa]t|fachausweis|f[äa]higkeitszeugnis|"
    # the Caribbean's and Nepal's school-leaving examinations ("CSEC", "S.L.C.");
    r"csec|" + lettered("slc") + r"|"
    # Sri Lanka's and West Africa's G.C.E. Ordinary and Advanced Level ("G.C.E. (O/L)", "GCE Ordinary Level")
    r"(?:ordinary|advanced)\s+level|" + lettered("gce") + r"|"
    # Scotland's school qualifications ("National 5s", "Highers")
    r"national\s+[345]s?|(?:advanced\s+)?highers|svq|"
    r"kcse|kcpe|national\s+senior\s+certificate|nc\s+(?:i{1,3}|iv)|"
    # Indonesia's diploma and degree levels ("D3 Keperawatan", "S1 Teknik Sipil") before the
    # field studied (alone, "D1", "S3" are licence classes and much else), Romania's "atestat"
    r"(?-i:[DS][1-4])(?=\s+(?:" + _INDONESIAN_FIELD + r"))|atestat|"
    # Quebec's DEC/AEC, Malaysia's SPM/STPM, German trade certificates, Turkish and Indonesian words
    r"бакалавр\w*|магистр\w*|магістр\w*|диплом\w*|аттестат|атестат|(?-i:DEC|AEC)|spm|stpm|gesellenbrief|gesellenpr[uü]fung|facharbeiterbrief|lisans|[öo]nlisans|y[üu]ksek\s+lisans|sarjana|diploma\s+iii)(?![\w])|"
    r"(?:学士|修士|博士|本科|硕士|碩士|学位|학사|석사|박사)",
    re.I)
INSTITUTION = re.compile(
    r"\b(?:university|universit\w*|universidad\w*|faculdade|escola|instituto|hochschule|"
    r"fachhochschule|berufsschule|institut|gymnasium|polit[eé]cnic\w*|college|institute|institution|school|academy|vidyalaya|"
    r"vidyapeeth|polytechnic|iit|nit|iiit|iim|bits|campus|faculty|conservatory|seminary|"
    r"mahavidyalaya|board|centre for|center for|training\s+cent(?:re|er)|"
    # vocational training centres ("Centro di Formazione Professionale", "Centre de formation")
    r"cent(?:ro|re)\s+(?:di\s+|de\s+)?forma(?:zione|ci[oó]n|ção|cao|tion)|formazione\s+professionale|"
    # (Poland's "Uniwersytet", "Politechnika"; France's schools of care and social work, IFAS, IRTS)
    r"uniwersytet\w*|politechnik\w*|"
    r"lyc[eé]e|lyceum|[eé]cole|iut|ifsi|ifas|irts|coll[eè]ge|liceo|istituto|scuola|colegio|escuela|\w*schule|akademi[ea]|"
    r"hogeschool|szk[oó][lł]\w*|technikum|tafe|c[eé]gep|kolej|sekolah|politeknik|handwerkskammer|"
    # Germany's chambers that examine trades and professions ("IHK Köln", "Zahnärztekammer Nordrhein")
    r"\w+kammer|(?-i:IHK)|"
    r"[uü]niversite\w*|lisesi|poltek\w*|stikes|akper|akbid|madrasa\w*|(?-i:SMA|SMK|SMU|SMP|STM|SMEA|IES|CIFP|IPSSAR|IPSSEOA|IPSIA|ITIS|ITCG|ITC|ITI|IIS|ISIS)|\w*skolan|\w*skolen|\w*skole|\w*gymnasiet|h[oøö]gskola\w*|liceul|"
    r"колледж|коледж|университет\w*|університет\w*|институт\w*|інститут\w*|академи\w*|училищ\w*|техникум|"
    r"технікум|школа|лицей|ліцей|"
    # Colombia's "Institución Educativa" (a school) and "Institución Universitaria"; Czech and Slovak
    # vocational and secondary schools ("SOU a SOŠ automobilní", "Střední průmyslová škola", "učiliště")
    r"instituci[oó]n\s+(?:educativa|universitaria)|(?-i:SOU|SOŠ|SPŠ|VOŠ|SOUŽ|OA)|u[čc]ili[šs]t[ěe]|"
    r"st[řr]edn[íi]\s+(?:\w+\s+)?[šs]kola|gymn[áa]zium|"
    # Finland's and Estonia's schools and universities ("Tikkurilan lukio", "Helsingin yliopisto",
    # "Metropolia Ammattikorkeakoulu", "Tallinna Ülikool", "gümnaasium")
    r"\w*lukio|\w*yliopisto|\w*korkeakoulu|\w*opisto|[üu]likool\w*|g[üu]mnaasium|"
    # Vietnam's university, college, academy and school ("Đại học Kinh tế", "Cao đẳng Du lịch")
    r"đại\s+học|cao\s+đẳng|học\s+viện|trường)\b|"
    # Chinese, Japanese and Korean join a school's word to its name, with no space between
    r"(?:大学院|大学|大學|学院|學院|高等学校|高等専門学校|専門学校|高校|中学|대학원|대학교|대학|고등학교)", re.I)

NAME_WORD = r"(?:[A-Z][\w&'.-]*|of|and|&|the|for|de|da|do)"  # ("KASK & Conservatorium": an ampersand alone joins names)
SUBJECT_NAME = re.compile(rf"^[A-Z][\w&'.-]*(?:\s+{NAME_WORD}){{0,6}}$")


# An abbreviation's expansion in brackets after it ("SLC (School Leaving Certificate)").
EXPANSION_AFTER = re.compile(r"\(([^()]+)\)\s*$")
# The level of schooling a school gives, opening the school's name ("Secondary Technical School
# Ostrava", "Higher Secondary School Kandy"); "High School Diploma" ends in its award instead.
SCHOOL_LEVEL_FIRST = re.compile(r"^(?:(?:higher|senior|upper|lower|junior)\s+)?secondary\b", re.I)
# Words of a course's name that no school's name holds.
AN_AWARD = re.compile(r"\b(?:course|programme|program|certificate|diploma|training|apprenticeship)\b", re.I)
# An award opening the name, then its field ("College Diploma in Nursing", "University Certificate of ...").
AWARD_IN_A_FIELD = re.compile(r"^(?:[^\W\d_]+\s+){0,2}(?:diploma|certificate|degree)\s+(?:in|of)\s", re.I)


# "Tertiary: ...", "Secondary: ...": a school level as a label. Secondary names what was earned
# there ("Secondary" with its school); a college or tertiary label names nothing of its own.
_LEVEL_LABEL = re.compile(r"^(?P<level>tertiary|primary|elementary|vocational|college|(?:under|post)?\s*graduate|"
                          r"(?:senior\s+|junior\s+|higher\s+)?secondary|(?:senior\s+|junior\s+)?high\s+school)"
                          r"\s*(?:level|education)?\s*:\s*(?=\S)", re.IGNORECASE)


def _level_kept(m: re.Match[str]) -> str:
    level = m.group("level")
    return f"{level} | " if re.search(r"secondary|high\s+school", level, re.I) else ""


def without_level_label(line: str) -> str:
    """"Secondary: Lincoln High School" -> "Secondary | Lincoln High School" (two cells); "Tertiary: ..." -> "..."."""
    return _LEVEL_LABEL.sub(_level_kept, line, count=1)


# Chinese, Japanese and Korean lines part school, faculty and status by spaces; the status word
# ("卒業", graduated) is no part of either, and a line of enrolment ("入学") opens the studies
# whose graduation line names the same school.
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
CJK_STATUS = re.compile(r"(?<!\s)\s*(?:卒業見込み?|卒業|毕业|畢業|졸업\s*예정|졸업|修了|수료)$")
CJK_ENROLMENT = re.compile(r"(?<!\s)\s*(?:入学|入學|입학)$")

# Words of an award or of a place of learning that the degree and school lists lack, in a
# row they do not know ("Certificado de ...", "Executive Chef Programme", "Fundación ..."),
# or a school's initials ("ARR Brașov")
AWARD_OR_SCHOOL = re.compile(r"(?i:certifi|zertifi|trade\s+test|diplom|atesta|attesta|licen[cs]|qualifica|programm?e?\b|cours|curso|"
                             r"kurs|training|forma[cz]i|formation|fagbrev|bootcamp|t[ií]tulo|laurea|lyceum|fundaci|"
                             r"foundation|cent(?:re|er|ro)\b|skills?\b)|\b(?-i:[A-Z]{2,6})\b")
# "Associate of Applied Science", "Bachelor of Arts": a degree's name that says no subject
GENERIC_DEGREE = re.compile(r"(?:bachelor|master|associate|doctor)'?s?\s+of\s+(?:applied\s+)?(?:arts|sciences?)",
                            re.IGNORECASE)
# "Senior High School Certificate", "School Leaving Certificate": a qualification named after
# the school level it closes, not a school
QUALIFICATION_END = re.compile(r"\b(?:certificate|diploma|examination|leaving\s+cert\w*)\b(?:\s*\([^()]*\))?$", re.I)
