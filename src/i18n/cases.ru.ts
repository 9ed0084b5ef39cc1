// Russian texts of the cases pages.
export const casesRu = {
  cases: {
    title: 'Заявления',
  },
};
