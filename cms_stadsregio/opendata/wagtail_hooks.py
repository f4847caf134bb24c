from wagtail import hooks

from cms_stadsregio.content.models.indexes import NEWS_FEED_HOOK
from cms_stadsregio.opendata.feeds import NewsAtomFeed, NewsRssFeed

FEEDS = {"rss": NewsRssFeed, "atom": NewsAtomFeed}


@hooks.register(NEWS_FEED_HOOK)
def serve_news_feed(news_index, request, kind):
    """/nieuws/rss/ and /nieuws/atom/: routes of the news index, so they follow it if it moves
    and Wagtail's routing applies its privacy to them."""
    return FEEDS[kind].serve(news_index, request)
