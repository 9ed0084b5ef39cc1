// Russian texts of the pay pages.
export const payRu = {
  pay: {
    title: 'Оплата',
  },
};
