<?xml version="1.0" encoding="utf-8"?>
<!--
	Turns the site's RSS 2.0 and Atom 1.0 feeds into a readable Russian page when someone opens a
	feed in a browser: what a feed is, how to subscribe, and the feed's materials with links.
	XSLT 1.0, so that browsers can apply it; no scripts and nothing fetched from elsewhere.
	Feed readers ignore it.
-->
<xsl:stylesheet
	version="1.0"
	xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
	xmlns:atom="http://www.w3.org/2005/Atom"
	exclude-result-prefixes="atom">
	<xsl:output
		method="html"
		encoding="utf-8"
		indent="yes"
		doctype-system="about:legacy-compat" />

	<!-- The same facts from either format; only one of each pair exists in a document. -->
	<xsl:variable name="title" select="(/rss/channel/title | /atom:feed/atom:title)[1]" />
	<xsl:variable
		name="description"
		select="(/rss/channel/description | /atom:feed/atom:subtitle)[1]" />
	<xsl:variable
		name="home"
		select="(/rss/channel/link | /atom:feed/atom:link[@rel = 'alternate']/@href)[1]" />
	<xsl:variable
		name="self"
		select="(/rss/channel/atom:link[@rel = 'self']/@href
			| /atom:feed/atom:link[@rel = 'self']/@href)[1]" />
	<xsl:variable name="format">
		<xsl:choose>
			<xsl:when test="/rss">RSS</xsl:when>
			<xsl:otherwise>Atom</xsl:otherwise>
		</xsl:choose>
	</xsl:variable>

	<xsl:template match="/">
		<html lang="ru">
			<head>
				<meta charset="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<title>Лента <xsl:value-of select="$format" />: <xsl:value-of select="$title" /></title>
				<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
				<style>
					:root { color-scheme: light dark; }
					body {
						margin: 0;
						font: 1.0625rem/1.55 system-ui, sans-serif;
						color: #1b1b1b;
						background: #fff;
					}
					main { max-inline-size: 42rem; margin-inline: auto; padding: 1.5rem 1rem 3rem; }
					a { color: #8a1c1c; text-underline-offset: 0.15em; }
					a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
					h1 { font-size: 1.75rem; line-height: 1.2; margin-block: 0.25rem 0.5rem; }
					h2 { font-size: 1.25rem; margin-block: 2rem 0.5rem; }
					h3 { font-size: 1.0625rem; margin-block: 0 0.25rem; }
					.kicker {
						margin: 0;
						font-size: 0.875rem;
						text-transform: uppercase;
						letter-spacing: 0.05em;
						color: #555;
					}
					.about {
						padding: 0.25rem 1.25rem 0.75rem;
						border-inline-start: 4px solid #8a1c1c;
						background: #f6f1ea;
					}
					.address {
						display: block;
						padding: 0.5rem;
						overflow-wrap: anywhere;
						background: #fff;
						border: 1px solid #999;
					}
					.items { padding: 0; list-style: none; }
					.items li { padding-block: 0.75rem; border-block-end: 1px solid #ccc; }
					.items p { margin: 0; }
					@media (prefers-color-scheme: dark) {
						body { color: #eee; background: #161616; }
						a { color: #f2a7a7; }
						.kicker { color: #bbb; }
						.about { background: #2a2420; }
						.address { background: #161616; }
					}
				</style>
			</head>
			<body>
				<main>
					<header>
						<p class="kicker">Лента <xsl:value-of select="$format" /></p>
						<h1><xsl:value-of select="$title" /></h1>
						<p><xsl:value-of select="$description" /></p>
					</header>

					<section class="about" aria-labelledby="about-title">
						<h2 id="about-title">Как подписаться</h2>
						<p>
							Это лента новостей в формате <xsl:value-of select="$format" />. Её читают не в
							браузере, а в программе для чтения лент (RSS-ридере): ридер сам проверяет ленту
							и показывает новые материалы, как только они выходят.
						</p>
						<ol>
							<li>
								Скопируйте адрес этой ленты:
								<code class="address"><xsl:value-of select="$self" /></code>
							</li>
							<li>
								Вставьте его в свой RSS-ридер (например, Feedly, Inoreader или NetNewsWire) как
								новую подписку.
							</li>
						</ol>
						<p>
							<a href="{$home}">Открыть эти материалы на сайте</a>
						</p>
					</section>

					<section aria-labelledby="items-title">
						<h2 id="items-title">Материалы в ленте</h2>
						<xsl:choose>
							<xsl:when test="/rss/channel/item | /atom:feed/atom:entry">
								<ol class="items">
									<xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry" />
								</ol>
							</xsl:when>
							<xsl:otherwise>
								<p>В этой ленте пока нет материалов: они появятся здесь, как только выйдут.</p>
							</xsl:otherwise>
						</xsl:choose>
					</section>
				</main>
			</body>
		</html>
	</xsl:template>

	<xsl:template match="item | atom:entry">
		<li>
			<h3>
				<a href="{(link | atom:link[not(@rel) or @rel = 'alternate']/@href)[1]}">
					<xsl:value-of select="(title | atom:title)[1]" />
				</a>
			</h3>
			<p><xsl:value-of select="(description | atom:summary)[1]" /></p>
		</li>
	</xsl:template>
</xsl:stylesheet>
