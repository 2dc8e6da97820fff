def articles = new File(basedir, 'content/articles')
def names = articles.list().toList()
assert names.size() == 1 : "articles: ${names}"
assert names[0] ==~ /\d{4}-\d{2}-\d{2}-tram-line-4-opens\.md/
assert new File(articles, names[0]).getText('UTF-8').contains('\ntitle: "Tram line 4 opens"\n')

def log = new File(basedir, 'build.log').text
assert log.contains("site:new: content/articles/${names[0]} already exists and was left as it is;"
        + " choose another slug or title, or remove the file")
assert log.contains('site:new needs the title of the new article: mvn site:new -Dtitle="Ceasefire talks resume in Geneva"')
return true
