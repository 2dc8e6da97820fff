import org.jsoup.Jsoup

def articles = new File(basedir, 'content/articles')
def names = articles.list().toList().sort()
assert names.size() == 2 : "articles: ${names}"
def article = names.find { it.endsWith('-ceasefire-talks-resume-in-geneva-a-first-step.md') }
def draft = names.find { it.endsWith('-budget-talks.md') }
assert article ==~ /\d{4}-\d{2}-\d{2}-ceasefire-talks-resume-in-geneva-a-first-step\.md/ : "names: ${names}"
assert draft ==~ /\d{4}-\d{2}-\d{2}-budget-talks\.md/ : "names: ${names}"

// Complete front-matter, values quoted as YAML; the file name carries the date of the front-matter.
def text = new File(articles, article).getText('UTF-8')
def lines = text.readLines()
assert lines[0] == '---'
assert lines[1] == 'title: "Ceasefire talks resume in Geneva: \\"a first step\\""'
assert lines[2] ==~ /date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})/
assert lines[2].substring(6, 16) == article.substring(0, 10)
assert lines[3] == 'tags: ["diplomacy", "Syria"]'
assert lines[4] == 'draft: false'
assert text.contains('\nsummary: ""\n')
def draftText = new File(articles, draft).getText('UTF-8')
assert draftText.contains('\ntitle: "Budget talks #2 stall"\n')
assert draftText.contains('\ntags: []\n')
assert draftText.contains('\ndraft: true\n')

def log = new File(basedir, 'build.log').text
assert log.contains("Broadsheet: created content/articles/${article} (archetype: theme default: archetypes/article.md)")
assert log.contains("Broadsheet: created content/articles/${draft}")
assert log.count("it is a draft: builds leave it out until you set 'draft: false'") == 1

// The build that followed publishes the article with its title and tags, and leaves the draft out.
def site = new File(basedir, 'target/public')
def page = Jsoup.parse(new File(site, 'articles/ceasefire-talks-resume-in-geneva-a-first-step/index.html'), 'UTF-8')
assert page.select('h1').text() == 'Ceasefire talks resume in Geneva: \u201ca first step\u201d' // typographic quotes
assert new File(site, 'tags/diplomacy/index.html').isFile()
assert new File(site, 'tags/syria/index.html').isFile()
assert !new File(site, 'articles/budget-talks').exists()
return true
