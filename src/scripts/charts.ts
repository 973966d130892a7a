/**
 * Draws every `figure[data-chart]` on the page once it nears the viewport. Chart.js is loaded
 * only then (a separate chunk), so a page that is read without scrolling to its charts never
 * downloads it. The numbers come from the figure's JSON script tag, the same spec the build
 * rendered as the figure's table.
 */
const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];

if (figures.length > 0) {
  const draw = (figure: HTMLElement) => {
    if (figure.dataset['chartKind'] === 'time') void import('./drawTimeChart.ts').then(({ drawTimeChart }) => drawTimeChart(figure));
    else void import('./drawChart.ts').then(({ drawChart }) => drawChart(figure));
  };
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          draw(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    );
    for (const figure of figures) observer.observe(figure);
  } else {
    figures.forEach(draw);
  }
}
