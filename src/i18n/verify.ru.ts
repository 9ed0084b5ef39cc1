// Russian texts of the verify pages.
export const verifyRu = {
  verify: {
    title: 'Проверить документ',
  },
};
