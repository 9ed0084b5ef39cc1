// Russian texts of the receipts pages.
export const receiptsRu = {
  receipts: {
    title: 'Мои платежи',
  },
};
