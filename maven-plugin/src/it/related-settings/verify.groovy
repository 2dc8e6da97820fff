import groovy.json.JsonSlurper
import org.jsoup.Jsoup

def site = new File(basedir, 'target/public')
def page = { String slug -> Jsoup.parse(new File(site, "articles/${slug}/index.html"), 'UTF-8') }

// relatedCount 1: one link at most, the closest story.
def opens = page('tram-opens').select('.related .card-title a')*.text()
assert opens == ['Signalling fault delays tram line 4'] : "related: ${opens}"
assert page('budget-passed').select('.related .card-title a')*.text() == ['Explainer: how the council budget works']

// explainRelated: related.json names the evidence and, for what is left out, the reason.
def json = new JsonSlurper().parse(new File(site, 'related.json'))
def entry = { String slug -> json.find { it.url == "/news/articles/${slug}/" } }
def link = entry('tram-opens').related[0]
assert link.tags.trams > 0 : "shared tags: ${link.tags}"
assert link.terms.contains('signalling') : "shared terms: ${link.terms}"
def reasons = entry('tram-opens').rejected.collectEntries { [(it.url): it.reason] }
assert reasons['/news/articles/signalling-explained/'] in ['list full', 'below the minimum'] : "reasons: ${reasons}"
// The explainers share a format tag only, worth nothing here: never a link between them.
def budget = entry('signalling-explained').rejected.find { it.url == '/news/articles/budget-explained/' }
assert budget != null && budget.tags.explainer == 0 : "rejected: ${entry('signalling-explained').rejected}"
assert !entry('signalling-explained').related*.url.contains('/news/articles/budget-explained/')
return true
