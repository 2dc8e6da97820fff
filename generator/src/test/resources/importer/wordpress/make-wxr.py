from datetime import datetime, timezone
from zoneinfo import ZoneInfo
from email.utils import format_datetime
BERLIN = ZoneInfo('Europe/Berlin')
SITE = 'https://riverside.example.com'
UP = SITE + '/wp-content/uploads'
def cdata(s): return '<![CDATA[' + s.replace(']]>', ']]]]><![CDATA[>') + ']]>'
items = []
def item(id, title, local, name, content='', status='publish', type='post', author='jnovak', parent=0, link=None,
         cats=(), tags=(), meta=(), excerpt='', sticky=0, password='', comments=(), gmt=True, menu_order=0, attachment_url=None, modified=None):
    d = datetime.strptime(local, '%Y-%m-%d %H:%M:%S').replace(tzinfo=BERLIN)
    gmt_s = d.astimezone(ZoneInfo('UTC')).strftime('%Y-%m-%d %H:%M:%S') if gmt else '0000-00-00 00:00:00'
    mod = datetime.strptime(modified or local, '%Y-%m-%d %H:%M:%S').replace(tzinfo=BERLIN)
    if link is None:
        if status in ('publish', 'private') and type == 'post':
            link = f"{SITE}/{d:%Y}/{d:%m}/{d:%d}/{name}/"
        else:
            link = f"{SITE}/?p={id}"
    x = [f'\t<item>', f'\t\t<title>{cdata(title)}</title>', f'\t\t<link>{link}</link>',
         f'\t\t<pubDate>{format_datetime(d.astimezone(timezone.utc), usegmt=True) if gmt else "Mon, 30 Nov -0001 00:00:00 +0000"}</pubDate>',
         f'\t\t<dc:creator>{cdata(author)}</dc:creator>', f'\t\t<guid isPermaLink="false">{SITE}/?p={id}</guid>',
         f'\t\t<description></description>', f'\t\t<content:encoded>{cdata(content)}</content:encoded>',
         f'\t\t<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>', f'\t\t<wp:post_id>{id}</wp:post_id>',
         f'\t\t<wp:post_date>{cdata(local)}</wp:post_date>', f'\t\t<wp:post_date_gmt>{cdata(gmt_s)}</wp:post_date_gmt>',
         f'\t\t<wp:post_modified>{cdata(mod.strftime("%Y-%m-%d %H:%M:%S"))}</wp:post_modified>',
         f'\t\t<wp:post_modified_gmt>{cdata(mod.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M:%S"))}</wp:post_modified_gmt>',
         f'\t\t<wp:comment_status>{cdata("open")}</wp:comment_status>', f'\t\t<wp:ping_status>{cdata("open")}</wp:ping_status>',
         f'\t\t<wp:post_name>{cdata(name)}</wp:post_name>', f'\t\t<wp:status>{cdata(status)}</wp:status>',
         f'\t\t<wp:post_parent>{parent}</wp:post_parent>', f'\t\t<wp:menu_order>{menu_order}</wp:menu_order>',
         f'\t\t<wp:post_type>{cdata(type)}</wp:post_type>', f'\t\t<wp:post_password>{cdata(password)}</wp:post_password>',
         f'\t\t<wp:is_sticky>{sticky}</wp:is_sticky>']
    if attachment_url: x.append(f'\t\t<wp:attachment_url>{cdata(attachment_url)}</wp:attachment_url>')
    for nice, nm in cats: x.append(f'\t\t<category domain="category" nicename="{nice}">{cdata(nm)}</category>')
    for nice, nm in tags: x.append(f'\t\t<category domain="post_tag" nicename="{nice}">{cdata(nm)}</category>')
    for k, v in meta: x += ['\t\t<wp:postmeta>', f'\t\t\t<wp:meta_key>{cdata(k)}</wp:meta_key>', f'\t\t\t<wp:meta_value>{cdata(v)}</wp:meta_value>', '\t\t</wp:postmeta>']
    for i, (who, text, approved) in enumerate(comments):
        x += ['\t\t<wp:comment>', f'\t\t\t<wp:comment_id>{id*10+i}</wp:comment_id>', f'\t\t\t<wp:comment_author>{cdata(who)}</wp:comment_author>',
              f'\t\t\t<wp:comment_date>{cdata(local)}</wp:comment_date>', f'\t\t\t<wp:comment_content>{cdata(text)}</wp:comment_content>',
              f'\t\t\t<wp:comment_approved>{cdata(approved)}</wp:comment_approved>', '\t\t</wp:comment>']
    x.append('\t</item>')
    items.append('\n'.join(x))

def att(id, file, parent, alt, caption, local):
    item(id, file.split('/')[-1].rsplit('.', 1)[0], local, file.split('/')[-1].rsplit('.', 1)[0], status='inherit', type='attachment',
         parent=parent, link=f"{SITE}/?attachment_id={id}", attachment_url=f"{UP}/{file}", excerpt=caption,
         meta=[('_wp_attached_file', file), ('_wp_attachment_image_alt', alt)])

att(101, '2021/03/bridge.jpg', 10, 'The bridge at dawn', 'The reopened bridge', '2021-03-15 08:00:00')
att(102, '2021/06/market-1.jpg', 12, 'Vegetable stall', 'Vegetables from the valley', '2021-06-05 09:00:00')
att(103, '2021/06/market-2.jpg', 12, 'Fish stall', 'Fresh fish', '2021-06-05 09:00:00')
att(104, '2021/06/market-3.jpg', 12, 'Flower stall', '', '2021-06-05 09:00:00')
att(105, '2022/01/mayor.jpg', 14, 'The mayor at the lectern', 'Mayor Ana Costa', '2022-01-20 10:00:00')
att(106, '2022/05/stage.jpg', 16, 'The open-air stage', 'The stage by night', '2022-05-21 20:00:00')
att(107, '2023/02/flood-map.jpg', 20, 'Map of the flooded streets', 'Flooded streets on Monday', '2023-02-06 12:00:00')
att(108, '2023/02/flood-1.jpg', 20, 'Water in the square', 'The square under water', '2023-02-06 12:00:00')
att(109, '2023/02/flood-2.jpg', 20, 'Sandbags', 'Sandbags on Mill Street', '2023-02-06 12:00:00')
att(110, '2020/11/missing.jpg', 37, 'A lost picture', '', '2020-11-02 09:00:00')

L, T = ('local', 'Local'), ('transport', 'Transport')
P, C, W, U = ('politics', 'Politics'), ('culture', 'Culture'), ('world', 'World'), ('uncategorized', 'Uncategorized')

item(10, 'Bridge reopens after repairs', '2021-03-15 09:30:00', 'bridge-reopens', cats=[L, T], tags=[('bridge', 'bridge'), ('traffic', 'traffic')],
     meta=[('_thumbnail_id', '101')], comments=[('Ann', 'Finally!', '1'), ('Bob', 'Great news.', '1')], modified='2021-03-16 12:00:00',
     content=f'''The Old Bridge reopened on Monday after eight months of repairs.
Cars and bikes crossed it again by seven o'clock.

[caption id="attachment_101" align="aligncenter" width="300"]<a href="{UP}/2021/03/bridge.jpg"><img class="size-medium wp-image-101" src="{UP}/2021/03/bridge-300x200.jpg" alt="The bridge at dawn" width="300" height="200" /></a> The reopened bridge at dawn[/caption]

<!--more-->

The repairs cost &euro;2.4 million, a quarter more than planned. Read about the <a href="{SITE}/2021/06/05/market-days/">market that moved</a> during the works.''')
item(11, 'Council meeting on video', '2021-04-02 18:00:00', 'council-video', cats=[P],
     content=f'''The whole council meeting is online.

https://www.youtube.com/watch?v=dQw4w9WgXcQ

The press conference afterwards:

[embed]https://vimeo.com/76979871[/embed]

It followed the <a href="{SITE}/?p=10">bridge reopening</a>.''')
item(12, 'Market days are back', '2021-06-05 10:00:00', 'market-days', cats=[L], tags=[('market', 'market')],
     comments=[('Cara', 'See you there', '1'), ('spam', 'buy now', 'spam')],
     content='''The weekly market returned to the square.

[gallery ids="102,103,104" columns="3" link="file"]

Stalls open at eight.''')
item(13, 'Summer concerts', '2021-07-01 12:00:00', 'summer-concerts', cats=[C],
     content=f'''The summer concerts start in July.

[audio mp3="{UP}/2021/07/concert.mp3"][/audio]

Book tickets with the form below.

[contact-form-7 id="5" title="Tickets"]''')
item(14, 'Mayor presents the budget', '2022-01-20 11:00:00', 'mayor-budget', cats=[P], tags=[('budget', 'budget')],
     content=f'''<!-- wp:paragraph -->
<p>The mayor presented the <strong>2022 budget</strong> on Thursday.</p>
<!-- /wp:paragraph -->

<!-- wp:image {{"id":105,"sizeSlug":"large"}} -->
<figure class="wp-block-image size-large"><img src="{UP}/2022/01/mayor.jpg" alt="The mayor at the lectern" class="wp-image-105"/><figcaption>Mayor Ana Costa in the council chamber</figcaption></figure>
<!-- /wp:image -->

<!-- wp:more -->
<!--more-->
<!-- /wp:more -->

<!-- wp:heading -->
<h2>Where the money goes</h2>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><li>Schools: €12 million<ul><li>of which repairs: €3 million</li></ul></li><li>Roads: €8 million</li></ul>
<!-- /wp:list -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Department</th><th>2021</th><th>2022</th></tr></thead><tbody><tr><td>Schools</td><td>11.0</td><td>12.0</td></tr><tr><td>Parks | gardens</td><td>0.4</td><td>0.3</td></tr></tbody></table><figcaption>Spending in millions of euros</figcaption></figure>
<!-- /wp:table -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>“This budget is a start,” she said.</p><cite>Mayor Ana Costa</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:separator -->
<hr class="wp-block-separator"/>
<!-- /wp:separator -->

<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>Every school gets a new roof by 2025.</p><cite>The budget plan</cite></blockquote></figure>
<!-- /wp:pullquote -->

<!-- wp:code -->
<pre class="wp-block-code"><code>total = schools + roads + parks</code></pre>
<!-- /wp:code -->''')
item(15, 'Flood defences explained', '2022-03-03 09:00:00', 'flood-defences', cats=[L],
     content='''<!-- wp:paragraph -->
<p>How the new flood wall works, in two videos.</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=w7Ft2ymGmfc","type":"video","providerNameSlug":"youtube","responsive":true} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=w7Ft2ymGmfc
</div><figcaption>The wall under construction</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:core-embed/vimeo {"url":"https://vimeo.com/22439234","type":"video","providerNameSlug":"vimeo"} -->
<figure class="wp-block-embed-vimeo wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">
https://vimeo.com/22439234
</div></figure>
<!-- /wp:core-embed/vimeo -->

<!-- wp:embed {"url":"https://twitter.com/riversidepost/status/1490000000000000000","type":"rich","providerNameSlug":"twitter"} -->
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://twitter.com/riversidepost/status/1490000000000000000
</div></figure>
<!-- /wp:embed -->

<!-- wp:html -->
<iframe src="https://maps.example.org/embed?flood-wall" width="600" height="400"></iframe>
<!-- /wp:html -->

<!-- wp:latest-posts {"postsToShow":3} /-->''')
item(16, 'Open-air stage opens', '2022-05-21 21:00:00', 'open-air-stage', cats=[C],
     content=f'''<!-- wp:paragraph -->
<p>The new stage by the river opened with a jazz night.</p>
<!-- /wp:paragraph -->

<!-- wp:gallery {{"linkTo":"none"}} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {{"id":106}} -->
<figure class="wp-block-image size-large"><img src="{UP}/2022/05/stage.jpg" alt="The open-air stage" class="wp-image-106"/><figcaption>The stage by night</figcaption></figure>
<!-- /wp:image -->

<!-- wp:image {{"id":105}} -->
<figure class="wp-block-image size-large"><img src="{UP}/2022/01/mayor.jpg" alt="The mayor at the lectern" class="wp-image-105"/></figure>
<!-- /wp:image --><figcaption class="blocks-gallery-caption">Opening night</figcaption></figure>
<!-- /wp:gallery -->''')
item(17, 'The flood in pictures', '2023-02-07 08:00:00', 'flood-in-pictures', cats=[L], tags=[('flood', 'flood')],
     content=f'''<!-- wp:gallery {{"ids":[108,109]}} -->
<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="{UP}/2023/02/flood-1.jpg" alt="Water in the square" data-id="108" class="wp-image-108"/><figcaption class="blocks-gallery-item__caption">The square under water</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="{UP}/2023/02/flood-2.jpg" alt="Sandbags" data-id="109" class="wp-image-109"/></figure></li></ul></figure>
<!-- /wp:gallery -->

<!-- wp:paragraph -->
<p>The river rose two metres overnight.</p>
<!-- /wp:paragraph -->''')
item(18, 'Jazz night recordings', '2022-06-01 10:00:00', 'jazz-recordings', cats=[C],
     content=f'''<!-- wp:video {{"id":200}} -->
<figure class="wp-block-video"><video controls src="{UP}/2022/06/jazz.mp4" poster="{UP}/2022/05/stage.jpg"></video><figcaption>The first set</figcaption></figure>
<!-- /wp:video -->

<!-- wp:audio {{"id":201}} -->
<figure class="wp-block-audio"><audio controls src="https://cdn.example.net/jazz-interview.mp3"></audio><figcaption>Interview with the band</figcaption></figure>
<!-- /wp:audio -->''')
item(19, 'Subscribe to the Post', '2022-07-01 09:00:00', 'subscribe', cats=[U],
     content='''<!-- wp:paragraph -->
<p>We now send a weekly newsletter.</p>
<!-- /wp:paragraph -->

<!-- wp:block {"ref":300} /-->''')
item(20, 'Flood: what we know', '2023-02-06 13:00:00', 'flood-what-we-know', cats=[L], tags=[('flood', 'flood')],
     content='''Streets near the river are flooded.

[gallery]

Updates follow as we learn more.''')
item(21, 'Welcome to the new Riverside Post', '2020-10-01 08:00:00', 'welcome', cats=[U], sticky=1,
     content='Our new website is live. <em>Thank you</em> for reading!')
item(22, 'Library turns 100', '2022-09-10 10:00:00', 'library-100', cats=[C], excerpt='<p>The town library celebrates its centenary with a week of events.</p>',
     content='The town library opened in 1922.\n\nThe anniversary week starts on Monday.')
item(23, 'Café culture on the quay', '2022-07-09 15:00:00', 'caf%c3%a9-culture', cats=[C],
     link=f'{SITE}/2022/07/09/caf%c3%a9-culture/', content='Three new cafés opened on the quay.')
item(24, 'The long read: a year on the river', '2022-11-12 07:00:00', 'a-year-on-the-river', cats=[L],
     content='Part one: spring.\n\n<!--nextpage-->\n\nPart two: autumn.')
item(25, 'Weekly roundup', '2022-01-07 17:00:00', 'weekly-roundup', cats=[U], tags=[('roundup', 'roundup')],
     content='The week in brief: the bridge, the budget and the weather.')
item(32, 'Weekly roundup', '2022-01-14 17:00:00', 'weekly-roundup', cats=[U], tags=[('roundup', 'roundup')], author='pdevries',
     content='The week in brief: snow, schools and the library.')
item(35, 'Readers react on social media', '2022-02-02 12:00:00', 'readers-react', cats=[L], author='pdevries',
     content='''Readers shared their views.

<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The bridge is back! <a href="https://twitter.com/hashtag/riverside">#riverside</a></p>&mdash; A reader (@areader) <a href="https://twitter.com/areader/status/1488800000000000000">February 1, 2022</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>''')
item(36, 'How we checked the numbers', '2022-03-20 10:00:00', 'checking-numbers', cats=[W], author='pdevries',
     content='''<p>We use a <span style="color:#c00">simple</span> script&nbsp;to check budget figures &ndash; here it is:</p>
<pre><code class="language-python">def check(total, parts):
    return total == sum(parts)</code></pre>
<ol>
<li>Collect the figures
<ul>
<li>from the council</li>
<li>from the auditors</li>
</ul>
</li>
<li>Run the script</li>
</ol>
<p>Questions? Write to <a href="mailto:desk@riverside.example.com">the desk</a>.</p>''')
item(37, 'A picture we lost', '2020-11-02 10:00:00', 'lost-picture', cats=[L],
     content=f'''<img class="aligncenter wp-image-110" src="{UP}/2020/11/missing.jpg" alt="A lost picture" />

The picture of this story is no longer on the server.''')
item(26, 'Festival programme 2031', '2031-05-01 09:00:00', 'festival-2031', status='future', cats=[C],
     content='The programme for the 2031 festival.')
item(27, 'Ideas for the harbour', '2023-03-01 10:00:00', '', status='draft', gmt=False, cats=[L],
     content='Notes for a story about the harbour.')
item(28, 'Night buses', '2023-03-05 10:00:00', 'night-buses', status='pending', gmt=False, cats=[T],
     content='A story waiting for review.')
item(29, 'Staff party photos', '2022-12-20 20:00:00', 'staff-party', status='private', cats=[U], content='For staff only.')
item(30, 'Old test post', '2020-09-01 10:00:00', 'test-post__trashed', status='trash', cats=[U], content='Test.')
item(31, 'Subscribers only: the budget in detail', '2022-01-21 10:00:00', 'budget-detail', cats=[P], password='river',
     content='The detailed figures.')
item(50, 'About us', '2020-10-01 09:00:00', 'about', type='page', author='admin', link=f'{SITE}/about/',
     content='<!-- wp:paragraph -->\n<p>The Riverside Post is the town\'s independent newspaper.</p>\n<!-- /wp:paragraph -->')
item(51, 'Contact', '2020-10-01 09:05:00', 'contact', type='page', author='admin', parent=50, link=f'{SITE}/about/contact/',
     content='Write to desk@riverside.example.com or call 0123 456.')
item(54, 'Privacy policy', '2020-10-01 09:10:00', 'privacy-policy', type='page', author='admin', link=f'{SITE}/privacy-policy/',
     content='We do not track readers.')
item(52, 'Jobs', '2023-01-01 09:00:00', 'jobs', type='page', status='draft', gmt=False, author='admin', content='No openings yet.')
item(53, 'Staff handbook', '2021-01-01 09:00:00', 'handbook', type='page', status='private', author='admin', link=f'{SITE}/handbook/', content='Internal.')
item(300, 'Subscribe box', '2022-07-01 08:00:00', 'subscribe-box', type='wp_block', status='publish', link=f'{SITE}/?p=300',
     content='<!-- wp:paragraph -->\n<p><strong>Subscribe:</strong> send an email to news@riverside.example.com.</p>\n<!-- /wp:paragraph -->')
item(60, 'Home', '2020-10-01 09:00:00', '60', type='nav_menu_item', author='admin', link=f'{SITE}/?p=60', content='')
item(61, 'Bridge reopens after repairs', '2021-03-15 09:00:00', '10-revision-v1', type='revision', status='inherit', parent=10,
     link=f'{SITE}/?p=61', content='An earlier version.')

head = f'''<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. (Test fixture of Broadsheet's importer.) -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>The Riverside Post</title>
	<link>{SITE}</link>
	<description>News from the river town</description>
	<pubDate>Sat, 01 Jun 2024 10:00:00 +0000</pubDate>
	<language>en-GB</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>{SITE}</wp:base_site_url>
	<wp:base_blog_url>{SITE}</wp:base_blog_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login>{cdata("admin")}</wp:author_login><wp:author_email>{cdata("admin@riverside.example.com")}</wp:author_email><wp:author_display_name>{cdata("Site Admin")}</wp:author_display_name><wp:author_first_name>{cdata("")}</wp:author_first_name><wp:author_last_name>{cdata("")}</wp:author_last_name></wp:author>
	<wp:author><wp:author_id>2</wp:author_id><wp:author_login>{cdata("jnovak")}</wp:author_login><wp:author_email>{cdata("jana@riverside.example.com")}</wp:author_email><wp:author_display_name>{cdata("Jana Novak")}</wp:author_display_name><wp:author_first_name>{cdata("Jana")}</wp:author_first_name><wp:author_last_name>{cdata("Novak")}</wp:author_last_name></wp:author>
	<wp:author><wp:author_id>3</wp:author_id><wp:author_login>{cdata("pdevries")}</wp:author_login><wp:author_email>{cdata("piet@riverside.example.com")}</wp:author_email><wp:author_display_name>{cdata("Piet de Vries")}</wp:author_display_name><wp:author_first_name>{cdata("Piet")}</wp:author_first_name><wp:author_last_name>{cdata("de Vries")}</wp:author_last_name></wp:author>
	<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>{cdata("uncategorized")}</wp:category_nicename><wp:category_parent>{cdata("")}</wp:category_parent><wp:cat_name>{cdata("Uncategorized")}</wp:cat_name></wp:category>
	<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>{cdata("local")}</wp:category_nicename><wp:category_parent>{cdata("")}</wp:category_parent><wp:cat_name>{cdata("Local")}</wp:cat_name></wp:category>
	<wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug>{cdata("bridge")}</wp:tag_slug><wp:tag_name>{cdata("bridge")}</wp:tag_name></wp:tag>
	<generator>https://wordpress.org/?v=6.5.3</generator>
'''
open('riverside.wordpress.2024-06-01.xml', 'w', encoding='utf-8').write(head + '\n'.join(items) + '\n</channel>\n</rss>\n')
