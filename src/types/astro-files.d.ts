// Plain `tsc` (npm run check, after `astro check`) does not understand `.astro` files, which
// `astro check` type-checks itself; to tsc a component is just a component. The project's
// tsconfig.json leaves this file out, so `astro check` keeps the real types.
declare module '*.astro' {
	const component: import('astro/runtime/server/index.js').AstroComponentFactory;
	export default component;
}
