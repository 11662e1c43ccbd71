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
DROPPED_ALIASES = ("basic", "fresher", "computer", "technology", "programming", "security")

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
)
