"""Hand-kept additions to the generated taxonomy: what people actually write for a skill.

Used only by build_taxonomy.py (the product reads the generated file)."""
from __future__ import annotations

# Vendor prefixes of O*NET product names: "Oracle Java" is also written "Java".
VENDORS = (
    "Microsoft Office", "Microsoft", "Oracle", "IBM", "Autodesk", "Adobe", "SAP", "Apache",
    "Google", "Apple", "Amazon", "Cisco", "Corel", "Atlassian", "Sun Microsystems", "Red Hat",
    "Salesforce.com", "Intuit", "Symantec", "Siemens", "Bentley", "ESRI", "Hewlett Packard",
    "Hewlett-Packard", "HP", "VMware", "Facebook", "The MathWorks", "Informatica Corporation",
    "Teradata", "Eclipse", "Jenkins", "Docker", "Meta", "SAS", "Tableau", "Intuit QuickBooks",
    "Avid Technology", "Avid",
)

# Popular products whose O*NET name is not what anyone writes.
RENAMES = {
    "Oracle Java": "Java",
    "Sun Microsystems Java": "Java",
    "Hypertext markup language HTML": "HTML",
    "Cascading style sheets CSS": "CSS",
    "Structured query language SQL": "SQL",
    "Extensible markup language XML": "XML",
    "JavaScript Object Notation JSON": "JSON",
    "Common business oriented language COBOL": "COBOL",
    "Amazon Web Services AWS software": "AWS",
    "Microsoft Azure software": "Microsoft Azure",
    "The MathWorks MATLAB": "MATLAB",
    "Google Angular": "Angular",
    "Google Android": "Android",
    "Apache Hadoop": "Hadoop",
    "Apache Spark": "Spark",
    "Apache Kafka": "Kafka",
    "Apache Hive": "Hive",
    "Atlassian JIRA": "Jira",
    "Jenkins CI": "Jenkins",
    "Ansible software": "Ansible",
    "Red Hat Ansible Engine": "Ansible",
    "IBM Terraform": "Terraform",
    "Teradata Database": "Teradata",
    "Teradata software": "Teradata",
    "Informatica software": "Informatica",
    "Salesforce software": "Salesforce",
    "Microsoft Office Outlook": "Microsoft Outlook",
    "Microsoft Visual Studio.NET": "Microsoft Visual Studio",
    "Microsoft .NET Framework": ".NET",
    "UNIX Shell": "Shell scripting",
    "Shell script": "Shell scripting",
    "Objective C": "Objective-C",
    "Microsoft transact-structural query language T-SQL": "T-SQL",
    "Oracle PL/SQL": "PL/SQL",
    "Oracle JavaServer Pages JSP": "JSP",
    "Oracle Java 2 Platform Enterprise Edition J2EE": "J2EE",
    "Amazon Simple Storage Service S3": "Amazon S3",
    "Amazon Elastic Compute Cloud EC2": "Amazon EC2",
    "Microsoft Windows": "Windows",
    "Beginner's all-purpose symbolic instruction code BASIC": "BASIC",
}

# Derived aliases that are ordinary words far more often than skills, even in a skills list.
DROPPED_ALIASES = ("basic", "fresher", "computer", "technology", "programming", "security",
                   # a product's name cut to its field: in a trade's list the word begins another
                   # skill ("Dental nurse", "Medical wards", "Clinical audit"), never the product
                   "dental", "medical", "clinical", "legal", "maintenance",
                   # "Mobile Crane Operator", "Mobile: +27 ...": the word is a trade's or a label's
                   "mobile",
                   # "St" of a saint's name in a school's or a street's ("St Mary's School")
                   "st",
                   # names of old O*NET products that are a philosopher's and a reef's far more
                   # often than the tool's ("reading Kant", "MV Coral Star")
                   "kant", "coral",
                   # a scaffold's parts that ESCO lists as names of the skill: as words alone they
                   # are a table's "Board/University" column or "standard", never the skill
                   "board", "standard", "pole", "tie")

# Skills the sources lack but resumes of the 25 occupation categories list often.
CURATED_SKILLS = {
    "Microsoft Office": "43232110",
    "Tally ERP": "43231601",
    "Mainframe": "43211500",
    "REST APIs": "43232408",
    "Microservices": "43232408",
    "Agile": "agile",
    "Scrum": "agile",
    "DevOps": "43232408",
    "Machine learning": "ml",
    "Deep learning": "ml",
    "Natural language processing": "ml",
    "Data structures": "cs",
    "Object-oriented programming": "cs",
    "Spring MVC": "43232411",
    "Hibernate": "43232411",
    "Manual testing": "testing",
    "Automation testing": "testing",
    "CI/CD": "43232408",
    # Software of trades and professions outside IT that O*NET lists under a long product name
    # or not at all (accounting, payroll and ERP; health records; hospitality and retail tills;
    # help desks, shops and rotas), named as people write them on résumés and job ads.
    "Xero": "43231601",
    "MYOB": "43231601",
    "Sage 50": "43231601",
    "Sage 200": "43231601",
    "Sage Payroll": "43231601",
    "Zoho Books": "43231601",
    "FreeAgent": "43231601",
    "KashFlow": "43231601",
    "FreshBooks": "43231601",
    "DATEV": "43231601",
    "Lexware": "43231601",
    "Microsoft Dynamics 365": "43231602",
    "BambooHR": "43231602",
    "UKG Kronos": "43231602",
    "EMIS Web": "43232610",
    "SystmOne": "43232610",
    "athenahealth": "43232610",
    "eClinicalWorks": "43232610",
    "Oracle MICROS": "43232611",
    "Toast POS": "43232611",
    "Lightspeed POS": "43232611",
    "Shopify": "43232611",
    "WooCommerce": "43232611",
    "Opera PMS": "43232306",
    "Zendesk": "43232306",
    "Freshdesk": "43232306",
    "Trello": "43233513",
    "Procreate": "43232102",
    # Translation memory (CAT) tools: "SDL Trados" is the tool, never the SDL media library.
    "SDL Trados Studio": "43232501",
    "memoQ": "43232501",
    # Practice and property software of trades outside IT. A product named by an everyday word
    # or a surname ("Destiny", "Socrates", "Mews", "Kroll") has a longer canonical name, so the
    # bare word counts only in a list of skills or beside a word of software ("Destiny library
    # system"), never in a sentence ("our destiny", "as Socrates said", "met Mr Kroll").
    "Mews PMS": "43232306",
    "RxWorks": "43232610",
    "Follett Destiny": "43232609",
    "SOE Exact": "43232610",
    "Socrates medical secretary software": "43232610",
    "Kroll pharmacy software": "43232610",
}

# alias -> canonical (after RENAMES); the classic short forms.
CURATED_ALIASES = {
    "postgres": "PostgreSQL", "postgre": "PostgreSQL", "psql": "PostgreSQL",
    "k8s": "Kubernetes", "js": "JavaScript", "ecmascript": "JavaScript",
    "ts": "TypeScript", "node": "Node.js", "nodejs": "Node.js", "node js": "Node.js",
    "reactjs": "React", "react js": "React", "react.js": "React",
    "angularjs": "Angular", "angular js": "Angular", "vue": "Vue.js", "vuejs": "Vue.js",
    "golang": "Go", "py": "Python", "python3": "Python", "python 3": "Python",
    "core java": "Java", "java 8": "Java", "j2ee": "J2EE", "java ee": "J2EE",
    "ms excel": "Microsoft Excel", "excel": "Microsoft Excel", "advanced excel": "Microsoft Excel",
    "ms word": "Microsoft Word", "word": "Microsoft Word", "ms access": "Microsoft Access",
    "access": "Microsoft Access", "ms powerpoint": "Microsoft PowerPoint",
    "powerpoint": "Microsoft PowerPoint", "power point": "Microsoft PowerPoint",
    "ms outlook": "Microsoft Outlook", "outlook": "Microsoft Outlook",
    "ms office": "Microsoft Office", "microsoft office suite": "Microsoft Office",
    "ms-office": "Microsoft Office", "office 365": "Microsoft Office",
    "ms sql": "Microsoft SQL Server", "mssql": "Microsoft SQL Server",
    "sql server": "Microsoft SQL Server", "ms sql server": "Microsoft SQL Server",
    "plsql": "PL/SQL", "pl sql": "PL/SQL", "tsql": "T-SQL",
    "html5": "HTML", "css3": "CSS", "amazon web services": "AWS", "azure": "Microsoft Azure",
    "gcp": "Google Cloud software", "google cloud": "Google Cloud software",
    "mongo": "MongoDB", "es": "Elasticsearch", "elastic search": "Elasticsearch",
    "tf": "TensorFlow", "sklearn": "Scikit-learn", "scikit learn": "Scikit-learn",
    "numpy": "NumPy", "jquery": "jQuery", "dotnet": ".NET", ".net": ".NET", "net": ".NET",
    "asp.net": "Microsoft ASP.NET", "asp net": "Microsoft ASP.NET", "c sharp": "C#",
    "cpp": "C++", "objective c": "Objective-C", "obj-c": "Objective-C",
    "tally": "Tally ERP", "tally erp 9": "Tally ERP", "tally 9": "Tally ERP",
    "unix": "UNIX", "shell": "Shell scripting", "bash scripting": "Bash",
    "git hub": "GitHub", "svn": "Apache Subversion SVN", "subversion": "Apache Subversion SVN",
    "jira": "Jira", "ml": "Machine learning", "dl": "Deep learning",
    "nlp": "Natural language processing", "oops": "Object-oriented programming",
    "oop": "Object-oriented programming", "ds": "Data structures",
    "rest": "REST APIs", "rest api": "REST APIs", "restful": "REST APIs",
    "restful api": "REST APIs", "restful services": "REST APIs", "micro services": "Microservices",
    "spring": "Spring Framework", "springboot": "Spring Boot", "matlab": "MATLAB",
    "r": "R", "c": "C", "go": "Go", "swift": "Swift", "scala": "Scala", "sas": "SAS",
    "ci cd": "CI/CD", "windows": "Windows", "ms windows": "Windows",
    "powerbi": "Microsoft Power BI", "power bi": "Microsoft Power BI",
    "mainframes": "Mainframe", "hdfs": "Hadoop", "photoshop": "Adobe Photoshop",
    "autocad": "Autodesk AutoCAD", "auto cad": "Autodesk AutoCAD", "quickbooks": "Intuit QuickBooks",
    "quickbooks online": "Intuit QuickBooks", "qbo": "Intuit QuickBooks",
    "xero accounting": "Xero", "myob accountright": "MYOB", "myob essentials": "MYOB",
    "sage 50 accounts": "Sage 50", "sage 50cloud": "Sage 50", "sage line 50": "Sage 50",
    "sage 50 cloud": "Sage 50", "sage line 200": "Sage 200", "sage 200 cloud": "Sage 200",
    "sage 50 payroll": "Sage Payroll", "zoho books": "Zoho Books", "free agent": "FreeAgent",
    "datev": "DATEV", "lexware": "Lexware", "dynamics 365": "Microsoft Dynamics 365",
    "d365": "Microsoft Dynamics 365", "business central": "Microsoft Dynamics 365",
    "kronos": "UKG Kronos", "kronos workforce": "UKG Kronos", "ukg": "UKG Kronos",
    "emis": "EMIS Web", "emis health": "EMIS Web", "tpp systmone": "SystmOne",
    "systm one": "SystmOne", "system one": "SystmOne", "athenaone": "athenahealth",
    "athena health": "athenahealth", "ecw": "eClinicalWorks", "cerner": "Cerner Millennium",
    "cerner powerchart": "Cerner PowerChart", "pointclickcare": "PointClickCare healthcare software",
    "point click care": "PointClickCare healthcare software", "allscripts": "Allscripts EHR",
    "micros": "Oracle MICROS", "micros pos": "Oracle MICROS", "oracle micros": "Oracle MICROS",
    "micros simphony": "Oracle MICROS", "toast": "Toast POS", "lightspeed": "Lightspeed POS",
    "lightspeed retail": "Lightspeed POS", "lightspeed restaurant": "Lightspeed POS",
    "opera": "Opera PMS", "oracle opera": "Opera PMS", "opera cloud": "Opera PMS",
    "opera property management": "Opera PMS", "woo commerce": "WooCommerce",
    "storage area networks": "Storage area network SAN software",
    "san storage": "Storage area network SAN software", "san switches": "Storage area network SAN software",
    "sdl trados": "SDL Trados Studio", "trados": "SDL Trados Studio", "trados studio": "SDL Trados Studio",
    "rws trados": "SDL Trados Studio", "rws trados studio": "SDL Trados Studio", "memoq": "memoQ",
    "san administration": "Storage area network SAN software", "san zoning": "Storage area network SAN software",
    "sage": "Sage Accounting Software", "sage accounts": "Sage Accounting Software",
    "sage accounts production": "Sage Accounting Software", "sage line": "Sage Accounting Software",
    "mews": "Mews PMS", "mews systems": "Mews PMS", "mews pms": "Mews PMS",
    "mews commander": "Mews PMS", "mews operations": "Mews PMS",
    "rx works": "RxWorks", "rxworks pms": "RxWorks", "covetrus rxworks": "RxWorks",
    "destiny": "Follett Destiny", "destiny library manager": "Follett Destiny",
    "follett destiny library manager": "Follett Destiny", "destiny library system": "Follett Destiny",
    "soe exact": "SOE Exact", "exact dental software": "SOE Exact", "software of excellence": "SOE Exact",
    "software of excellence exact": "SOE Exact", "henry schein soe exact": "SOE Exact",
    "socrates": "Socrates medical secretary software", "socrates healthcare": "Socrates medical secretary software",
    "socrates software": "Socrates medical secretary software", "socrates pms": "Socrates medical secretary software",
    "socrates practice management": "Socrates medical secretary software",
    "kroll": "Kroll pharmacy software", "kroll pharmacy": "Kroll pharmacy software",
    "kroll pharmacy system": "Kroll pharmacy software", "kroll pms": "Kroll pharmacy software",
    "telus kroll": "Kroll pharmacy software", "telus health kroll": "Kroll pharmacy software",
}

# Aliases that are everyday words, initials or very short: they count only in a skills context
# (a skills section, or a list of skills). Every one- or two-letter alias is strict as well.
STRICT_ALIASES = (
    "go", "r", "c", "d", "j", "ada", "dig", "eko", "jet", "sas", "excel", "word", "access",
    "outlook", "office", "windows", "spark", "hive", "react", "swift", "ruby", "rust", "shell",
    "spring", "express", "net", ".net", "rest", "es", "tf", "ts", "js", "ml", "dl", "ds", "py",
    "scala", "pig", "chef", "puppet", "salt", "flask", "bootstrap", "ember", "backbone",
    "mercury", "oracle", "sap", "unity", "maven", "ant", "gradle", "storm", "flume", "radar",
    "espresso", "crystal", "delphi", "pascal", "basic", "logo", "prolog", "lisp", "matlab",
    "mainframe", "teams", "zoom", "slack", "box", "dash", "tableau", "visio", "project",
    "forge", "elixir", "julia", "dart", "kotlin", "groovy", "pandas", "keras", "tally",
    "exchange", "numbers", "pages", "keynote", "paint", "notepad", "illustrator", "premiere",
    "database", "energy", "communication", "logic", "history", "consultation", "migration",
    "improvise", "troubleshoot", "plan", "dies", "coining", "cameras", "sensors", "grammar",
    "spelling", "ethics", "morality", "politics", "literature", "terminology",
    "micros", "toast", "lightspeed", "opera", "emis", "system one", "ukg", "ecw", "kronos",
    # a place's first word in Spanish and Italian ("San Diego", "San Sebastián")
    "san",
    # products named by an everyday word or a name: "a sage decision", "our destiny",
    # "Socrates said", a street's "Mews"
    "sage", "destiny", "socrates", "mews",
    # a surname, and a risk consultancy's name ("Kroll Associates")
    "kroll",
)

# The words of each such product's field: beside one, a list's bare word is the product
# ("Destiny, Dewey cataloguing"), elsewhere a herb, a street, a charity or a philosopher.
EVERYDAY_PRODUCT_FIELDS = {
    "sage": "xero quickbooks vat ledger ledgers reconciliation reconciliations invoicing invoices "
            "bookkeeper finance purchase creditors debtors",
    "mews": "hotel hotels reception receptionist front office night audit reservations guests housekeeping",
    "destiny": "library libraries librarian cataloguing catalogue circulation dewey reader readers",
    "socrates": "medical clinic clinics clinical patient patients audio typing dictation terminology "
                "secretary secretarial gp nhs",
    "kroll": "pharmacy pharmacies pharmacist pharmacists dispensing dispensary prescription prescriptions "
             "rx compounding medication medications blister packs",
    # "access to a car", "access to training" name no database
    "access": "database databases query queries sql tables forms reports macros vba microsoft office",
}
